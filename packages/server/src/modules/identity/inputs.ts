import { ArrayMaxSize, IsEmail, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CustomFieldType } from '../../platform/custom-fields/custom-field-definition.entity';
import { Role } from './roles';

@InputType()
export class CreateCustomFieldDefinitionInput {
  @Field({ description: 'Deal, Company, Contact or Activity.' }) @Length(1, 60) entityType: string;
  @Field({ description: 'camelCase key, e.g. leadScore.' }) @Matches(/^[a-z][a-zA-Z0-9_]{0,59}$/, { message: 'key must start with a lower-case letter and hold only letters, digits and _' }) key: string;
  @Field() @Length(1, 120) label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(200) @MaxLength(100, { each: true }) options?: string[];
  @Field(() => Boolean, { nullable: true }) required?: boolean;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(10000) position?: number;
}

@InputType()
export class SignUpInput {
  @Field() @IsEmail() @MaxLength(255) email: string;
  @Field() @Length(10, 200, { message: 'password must be at least 10 characters' }) password: string;
  @Field() @Length(1, 200) name: string;
  @Field() @Length(1, 200) organizationName: string;
}

@InputType()
export class InviteMemberInput {
  @Field() @IsEmail() @MaxLength(255) email: string;
  @Field(() => Role) role: Role;
}

@InputType()
export class CreateApiKeyInput {
  @Field() @Length(1, 120) name: string;
  @Field(() => Role, { description: 'No higher than your own.' }) role: Role;
  @Field(() => Int, { nullable: true, description: 'Days until it expires; never when omitted.' }) @Min(1) @Max(3650) expiresInDays?: number;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its own query limits within the organization’s: maxCost, maxDepth, maxAliases, maxDirectives, maxTokens, maxDocumentBytes, requestsPerMinute.' }) limits?: Record<string, unknown>;
  @Field(() => Boolean, { nullable: true, description: 'Only operations of the persisted-operation manifest may run (mobile apps).' }) registeredOperationsOnly?: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @Length(10, 300) token: string;
  @Field(() => String, { nullable: true, description: 'Only when the invited e-mail has no account yet.' }) @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true, description: 'Only when the invited e-mail has no account yet.' }) @Length(10, 200) password?: string;
}

export { ID };

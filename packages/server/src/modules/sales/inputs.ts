import { GraphQLJSONObject } from 'graphql-scalars';
import { IsEmail, IsISO4217CurrencyCode, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../platform/scalars';
import { HexColor, NonNegativeDecimal } from '../../platform/validation';
import { ActivityStatus, ActivityType, CompanySize, CompanyStatus, ContactMethod, Priority, StageType } from './enums';

@InputType()
export class CreateCompanyInput {
  @Field() @Length(1, 255) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) industry?: string | null;
  @Field(() => CompanySize, { nullable: true }) size?: CompanySize | null;
  @Field(() => CompanyStatus, { nullable: true }) status?: CompanyStatus;
  @Field(() => DecimalScalar, { nullable: true }) @NonNegativeDecimal() revenue?: string | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(10_000_000) employeeCount?: number | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) @IsUrl({ require_protocol: false }) website?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) @IsEmail() email?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(50) phone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) addressLine1?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) addressLine2?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) state?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(20) postalCode?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) country?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(10000) notes?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) ownerId?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) customFields?: Record<string, unknown>;
}

@InputType()
export class CreateContactInput {
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field() @Length(1, 100) firstName: string;
  @Field() @Length(1, 100) lastName: string;
  @Field(() => String, { nullable: true }) @MaxLength(255) @IsEmail() email?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(50) phone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(50) mobile?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(150) jobTitle?: string | null;
  @Field(() => Boolean, { nullable: true }) isPrimary?: boolean;
  @Field(() => ContactMethod, { nullable: true }) preferredContactMethod?: ContactMethod;
  @Field(() => DateScalar, { nullable: true }) dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) linkedinUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) addressLine1?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(255) addressLine2?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) state?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(20) postalCode?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) country?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(10000) notes?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) ownerId?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) customFields?: Record<string, unknown>;
}

@InputType()
export class CreatePipelineInput {
  @Field() @Length(1, 120) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) description?: string | null;
  @Field(() => Boolean, { nullable: true }) isDefault?: boolean;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(10000) position?: number;
}

@InputType()
export class CreatePipelineStageInput {
  @Field(() => ID) pipelineId: string;
  @Field() @Length(1, 100) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) description?: string | null;
  @Field(() => Int) @Min(0) @Max(1000) position: number;
  @Field(() => Float, { nullable: true, description: '0..1' }) @Min(0) @Max(1) probability?: number;
  @Field(() => String, { nullable: true }) @HexColor() color?: string | null;
  @Field(() => StageType, { nullable: true }) type?: StageType;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(3650) rottingDays?: number | null;
}

@InputType()
export class CreateDealInput {
  @Field() @Length(1, 255) title: string;
  @Field(() => String, { nullable: true }) @MaxLength(10000) description?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @NonNegativeDecimal() value?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217; defaults to the organization currency.' }) @IsISO4217CurrencyCode() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an upper-case ISO 4217 code, e.g. USD' }) currency?: string;
  @Field(() => ID, { description: 'The stage the deal starts in; its pipeline becomes the deal’s pipeline.' }) stageId: string;
  @Field(() => ID, { nullable: true, description: 'Optional check: the stage must belong to this pipeline.' }) pipelineId?: string;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) source?: string | null;
  @Field(() => Float, { nullable: true, description: 'Overrides the stage probability, 0..1.' }) @Min(0) @Max(1) probability?: number | null;
  @Field(() => DateScalar, { nullable: true }) expectedCloseDate?: string | null;
  @Field(() => Priority, { nullable: true }) priority?: Priority;
  @Field(() => String, { nullable: true }) @MaxLength(500) lostReason?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) customFields?: Record<string, unknown>;
}

@InputType()
export class CreateActivityInput {
  @Field(() => ActivityType) type: ActivityType;
  @Field() @Length(1, 255) subject: string;
  @Field(() => String, { nullable: true }) @MaxLength(10000) description?: string | null;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus;
  @Field(() => Priority, { nullable: true }) priority?: Priority;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(100000) durationMinutes?: number | null;
  @Field(() => String, { nullable: true }) @MaxLength(10000) outcome?: string | null;
  @Field(() => DateScalar, { nullable: true }) followUpDate?: string | null;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) dealId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you.' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Who should do it; defaults to the owner.' }) assignedToId?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) customFields?: Record<string, unknown>;
}

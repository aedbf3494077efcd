/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** Only when the invited e-mail has no account yet. */
  name?: string | null | undefined;
  /** Only when the invited e-mail has no account yet. */
  password?: string | null | undefined;
  token: string;
};

/** Conditions on a to-many list of activities (in the trash excluded); several combine with AND. */
export type ActivityListRelationFilter = {
  /** All of the activities match; true when there are none. */
  every?: ActivityWhere | null | undefined;
  /** None of the activities matches; true when there are none. */
  none?: ActivityWhere | null | undefined;
  /** At least one of the activities matches. */
  some?: ActivityWhere | null | undefined;
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PENDING';

/** Conditions on a ActivityStatus field. */
export type ActivityStatusFilter = {
  eq?: ActivityStatus | null | undefined;
  in?: Array<ActivityStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ActivityStatus | null | undefined;
  notIn?: Array<ActivityStatus> | null | undefined;
};

export type ActivityType =
  | 'CALL'
  | 'DEADLINE'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'TASK';

/** Conditions on a ActivityType field. */
export type ActivityTypeFilter = {
  eq?: ActivityType | null | undefined;
  in?: Array<ActivityType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ActivityType | null | undefined;
  notIn?: Array<ActivityType> | null | undefined;
};

/** Conditions on activities; fields combine with AND. */
export type ActivityWhere = {
  AND?: Array<ActivityWhere> | null | undefined;
  NOT?: ActivityWhere | null | undefined;
  OR?: Array<ActivityWhere> | null | undefined;
  /** Only activities whose assignedTo matches. */
  assignedTo?: UserWhere | null | undefined;
  assignedToId?: IdFilter | null | undefined;
  /** Only activities whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  completedAt?: DateTimeFilter | null | undefined;
  /** Only activities whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customFields?: Array<CustomFieldCondition> | null | undefined;
  /** Only activities whose deal matches. */
  deal?: DealWhere | null | undefined;
  dealId?: IdFilter | null | undefined;
  dueAt?: DateTimeFilter | null | undefined;
  /** Only activities whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  priority?: PriorityFilter | null | undefined;
  status?: ActivityStatusFilter | null | undefined;
  subject?: StringFilter | null | undefined;
  type?: ActivityTypeFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Why stock changed: SALE and RETURN are written by orders, the rest by adjustStock. */
export type AdjustmentReason =
  | 'DAMAGE'
  | 'EXPIRY'
  | 'OTHER'
  | 'PERSONAL'
  | 'RECOUNT'
  | 'RESTOCK'
  | 'RETURN'
  | 'SALE'
  | 'SAMPLE'
  | 'THEFT'
  | 'WASTE';

/** Conditions on a AdjustmentReason field. */
export type AdjustmentReasonFilter = {
  eq?: AdjustmentReason | null | undefined;
  in?: Array<AdjustmentReason> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: AdjustmentReason | null | undefined;
  notIn?: Array<AdjustmentReason> | null | undefined;
};

/** Conditions on auditLogs; fields combine with AND. */
export type AuditLogWhere = {
  AND?: Array<AuditLogWhere> | null | undefined;
  NOT?: AuditLogWhere | null | undefined;
  OR?: Array<AuditLogWhere> | null | undefined;
  action?: StringFilter | null | undefined;
  /** Only auditLogs whose actor matches. */
  actor?: UserWhere | null | undefined;
  actorUserId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  entityId?: IdFilter | null | undefined;
  entityType?: StringFilter | null | undefined;
};

/** Conditions on a yes/no field. */
export type BooleanFilter = {
  eq?: boolean | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: boolean | null | undefined;
};

export type ChangeOrderStatusInput = {
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  orderId: string | number;
  status: OrderStatus;
};

export type ChangelogKind =
  | 'ADDED'
  | 'CHANGED'
  | 'DEPRECATED'
  | 'FIXED'
  | 'REMOVED'
  | 'SECURITY';

/** Conditions on a ChangelogKind field. */
export type ChangelogKindFilter = {
  eq?: ChangelogKind | null | undefined;
  in?: Array<ChangelogKind> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ChangelogKind | null | undefined;
  notIn?: Array<ChangelogKind> | null | undefined;
};

export type CompanyOrderBy = {
  direction?: SortDirection;
  field: CompanyOrderField;
};

export type CompanyOrderField =
  | 'CREATED_AT'
  | 'EMPLOYEE_COUNT'
  | 'NAME'
  | 'REVENUE'
  | 'UPDATED_AT';

export type CompanySize =
  | 'ENTERPRISE'
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL'
  | 'STARTUP';

/** Conditions on a CompanySize field. */
export type CompanySizeFilter = {
  eq?: CompanySize | null | undefined;
  in?: Array<CompanySize> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: CompanySize | null | undefined;
  notIn?: Array<CompanySize> | null | undefined;
};

export type CompanyStatus =
  | 'ACTIVE'
  | 'CHURNED'
  | 'CUSTOMER'
  | 'INACTIVE'
  | 'PROSPECT';

/** Conditions on a CompanyStatus field. */
export type CompanyStatusFilter = {
  eq?: CompanyStatus | null | undefined;
  in?: Array<CompanyStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: CompanyStatus | null | undefined;
  notIn?: Array<CompanyStatus> | null | undefined;
};

/** Conditions on companies; fields combine with AND. */
export type CompanyWhere = {
  AND?: Array<CompanyWhere> | null | undefined;
  NOT?: CompanyWhere | null | undefined;
  OR?: Array<CompanyWhere> | null | undefined;
  /** Only companies with some, every or none of their activities matching. */
  activities?: ActivityListRelationFilter | null | undefined;
  /** Only companies with some, every or none of their contacts matching. */
  contacts?: ContactListRelationFilter | null | undefined;
  country?: StringFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customFields?: Array<CustomFieldCondition> | null | undefined;
  /** Only companies with some, every or none of their customMetrics matching. */
  customMetrics?: CustomMetricListRelationFilter | null | undefined;
  /** Only companies with some, every or none of their deals matching. */
  deals?: DealListRelationFilter | null | undefined;
  employeeCount?: IntFilter | null | undefined;
  /** Only companies with some, every or none of their feedback matching. */
  feedback?: FeedbackListRelationFilter | null | undefined;
  /** Only companies with some, every or none of their financials matching. */
  financials?: FinancialListRelationFilter | null | undefined;
  industry?: StringFilter | null | undefined;
  /** Only companies with some, every or none of their leadEvents matching. */
  leadEvents?: LeadEventListRelationFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only companies whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  revenue?: DecimalFilter | null | undefined;
  /** Words to find (prefix match on each word). */
  search?: string | null | undefined;
  size?: CompanySizeFilter | null | undefined;
  status?: CompanyStatusFilter | null | undefined;
  /** Only companies with some, every or none of their suppliedProducts matching. */
  suppliedProducts?: ProductListRelationFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of contacts (in the trash excluded); several combine with AND. */
export type ContactListRelationFilter = {
  /** All of the contacts match; true when there are none. */
  every?: ContactWhere | null | undefined;
  /** None of the contacts matches; true when there are none. */
  none?: ContactWhere | null | undefined;
  /** At least one of the contacts matches. */
  some?: ContactWhere | null | undefined;
};

export type ContactMethod =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'PHONE'
  | 'SMS';

export type ContactOrderBy = {
  direction?: SortDirection;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'UPDATED_AT';

/** Conditions on contacts; fields combine with AND. */
export type ContactWhere = {
  AND?: Array<ContactWhere> | null | undefined;
  NOT?: ContactWhere | null | undefined;
  OR?: Array<ContactWhere> | null | undefined;
  /** Only contacts with some, every or none of their activities matching. */
  activities?: ActivityListRelationFilter | null | undefined;
  /** Only contacts whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customFields?: Array<CustomFieldCondition> | null | undefined;
  /** Only contacts with some, every or none of their deals matching. */
  deals?: DealListRelationFilter | null | undefined;
  email?: StringFilter | null | undefined;
  /** Only contacts with some, every or none of their emailAliases matching. */
  emailAliases?: UserAliasListRelationFilter | null | undefined;
  /** Only contacts with some, every or none of their emailEvents matching. */
  emailEvents?: EmailEventListRelationFilter | null | undefined;
  /** Only contacts with some, every or none of their feedback matching. */
  feedback?: FeedbackListRelationFilter | null | undefined;
  firstName?: StringFilter | null | undefined;
  isPrimary?: BooleanFilter | null | undefined;
  jobTitle?: StringFilter | null | undefined;
  lastName?: StringFilter | null | undefined;
  /** Only contacts with some, every or none of their leadEvents matching. */
  leadEvents?: LeadEventListRelationFilter | null | undefined;
  /** Only contacts with some, every or none of their loyaltyAccounts matching. */
  loyaltyAccounts?: LoyaltyAccountListRelationFilter | null | undefined;
  /** Only contacts with some, every or none of their orders matching. */
  orders?: OrderListRelationFilter | null | undefined;
  /** Only contacts whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  /** Only contacts with some, every or none of their referralsMade matching. */
  referralsMade?: CustomerReferralListRelationFilter | null | undefined;
  /** Only contacts with some, every or none of their referralsReceived matching. */
  referralsReceived?: CustomerReferralListRelationFilter | null | undefined;
  /** Words to find (prefix match on each word). */
  search?: string | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type CreateActivityInput = {
  /** Who should do it; defaults to the owner. */
  assignedToId?: string | number | null | undefined;
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  dealId?: string | number | null | undefined;
  description?: string | null | undefined;
  dueAt?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  followUpDate?: string | null | undefined;
  outcome?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  status?: ActivityStatus | null | undefined;
  subject: string;
  type: ActivityType;
};

export type CreateApiKeyInput = {
  /** Days until it expires; never when omitted. */
  expiresInDays?: number | null | undefined;
  /** Its own query limits within the organization’s: maxCost, maxDepth, maxAliases, maxDirectives, maxTokens, maxDocumentBytes, requestsPerMinute. */
  limits?: Record<string, unknown> | null | undefined;
  name: string;
  /** Only operations of the persisted-operation manifest may run (mobile apps). */
  registeredOperationsOnly?: boolean | null | undefined;
  /** No higher than your own. */
  role: Role;
};

export type CreateCompanyInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  country?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
  employeeCount?: number | null | undefined;
  industry?: string | null | undefined;
  name: string;
  notes?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** Annual revenue in the organization currency. */
  revenue?: string | null | undefined;
  size?: CompanySize | null | undefined;
  state?: string | null | undefined;
  status?: CompanyStatus | null | undefined;
  website?: string | null | undefined;
};

export type CreateContactInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  companyId?: string | number | null | undefined;
  country?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  dateOfBirth?: string | null | undefined;
  email?: string | null | undefined;
  firstName: string;
  isPrimary?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  lastName: string;
  linkedinUrl?: string | null | undefined;
  mobile?: string | null | undefined;
  notes?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  preferredContactMethod?: ContactMethod | null | undefined;
  state?: string | null | undefined;
};

export type CreateCustomFieldDefinitionInput = {
  /** Deal, Company, Contact or Activity. */
  entityType: string;
  /** camelCase key, e.g. leadScore. */
  key: string;
  label: string;
  options?: Array<string> | null | undefined;
  position?: number | null | undefined;
  required?: boolean | null | undefined;
  type: CustomFieldType;
};

export type CreateDealInput = {
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  /** ISO 4217; defaults to the organization currency. */
  currency?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  description?: string | null | undefined;
  expectedCloseDate?: string | null | undefined;
  lostReason?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  /** Optional check: the stage must belong to this pipeline. */
  pipelineId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  /** Overrides the stage probability, 0..1. */
  probability?: number | null | undefined;
  source?: string | null | undefined;
  /** The stage the deal starts in; its pipeline becomes the deal’s pipeline. */
  stageId: string | number;
  title: string;
  value?: string | null | undefined;
};

export type CreateDocumentInput = {
  /** Defaults to you. */
  authorId?: string | number | null | undefined;
  content: string;
  roadmapId?: string | number | null | undefined;
  status?: DocumentStatus | null | undefined;
  title: string;
  type?: DocumentType | null | undefined;
};

export type CreateIntegrationInput = {
  /** OAuth access token; stored encrypted, never returned. */
  accessToken: string;
  /** The account at the provider (organization, tenant or portal id). */
  account: string;
  /** API secret; stored encrypted, never returned. */
  apiSecret?: string | null | undefined;
  expiresAt?: string | null | undefined;
  lastError?: string | null | undefined;
  /** Last successful sync. */
  lastSyncAt?: string | null | undefined;
  /** Provider-specific configuration. */
  metadata?: Record<string, unknown> | null | undefined;
  /** xero, hubspot, …; one integration per provider. */
  provider: string;
  /** OAuth refresh token; stored encrypted, never returned. */
  refreshToken?: string | null | undefined;
  /** Granted scopes, space-separated. */
  scopes?: string | null | undefined;
  status?: IntegrationStatus | null | undefined;
};

export type CreatePipelineInput = {
  description?: string | null | undefined;
  isDefault?: boolean | null | undefined;
  name: string;
  position?: number | null | undefined;
};

export type CreatePipelineStageInput = {
  /** Hex colour, e.g. #3b82f6. */
  color?: string | null | undefined;
  description?: string | null | undefined;
  isActive?: boolean | null | undefined;
  name: string;
  pipelineId: string | number;
  position: number;
  /** 0..1 */
  probability?: number | null | undefined;
  /** Deals idle in this stage longer than this many days are flagged as rotting. */
  rottingDays?: number | null | undefined;
  type?: StageType | null | undefined;
};

export type CreateTeamInput = {
  description?: string | null | undefined;
  name: string;
};

/** A URL to receive your organization's events. */
export type CreateWebhookSubscriptionInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Comma-separated event types: deal.won, deal.lost, deal.move, order.paid, idea.status_changed, deal.*, *, … */
  eventTypes: string;
  /** http(s); not a loopback, private or link-local address unless the server allows them. */
  url: string;
};

/** A condition on one custom field, by key. Give one operator. */
export type CustomFieldCondition = {
  /** Case-insensitive substring of a TEXT value. */
  contains?: string | null | undefined;
  /** Equal to (for MULTI_SELECT: contains this option). */
  eq?: unknown;
  gt?: unknown;
  gte?: unknown;
  in?: Array<unknown> | null | undefined;
  isNull?: boolean | null | undefined;
  key: string;
  lt?: unknown;
  lte?: unknown;
};

export type CustomFieldType =
  | 'BOOLEAN'
  | 'DATE'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

/** Conditions on a to-many list of customMetrics (in the trash excluded); several combine with AND. */
export type CustomMetricListRelationFilter = {
  /** All of the customMetrics match; true when there are none. */
  every?: CustomMetricWhere | null | undefined;
  /** None of the customMetrics matches; true when there are none. */
  none?: CustomMetricWhere | null | undefined;
  /** At least one of the customMetrics matches. */
  some?: CustomMetricWhere | null | undefined;
};

/** Conditions on customMetrics; fields combine with AND. */
export type CustomMetricWhere = {
  AND?: Array<CustomMetricWhere> | null | undefined;
  NOT?: CustomMetricWhere | null | undefined;
  OR?: Array<CustomMetricWhere> | null | undefined;
  /** Only customMetrics whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  metricName?: StringFilter | null | undefined;
  recordedAt?: DateTimeFilter | null | undefined;
  sourceSystem?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  value?: DecimalFilter | null | undefined;
};

/** Conditions on a to-many list of customerReferrals (in the trash excluded); several combine with AND. */
export type CustomerReferralListRelationFilter = {
  /** All of the customerReferrals match; true when there are none. */
  every?: CustomerReferralWhere | null | undefined;
  /** None of the customerReferrals matches; true when there are none. */
  none?: CustomerReferralWhere | null | undefined;
  /** At least one of the customerReferrals matches. */
  some?: CustomerReferralWhere | null | undefined;
};

/** Conditions on customerReferrals; fields combine with AND. */
export type CustomerReferralWhere = {
  AND?: Array<CustomerReferralWhere> | null | undefined;
  NOT?: CustomerReferralWhere | null | undefined;
  OR?: Array<CustomerReferralWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  expiresAt?: DateTimeFilter | null | undefined;
  /** Only customerReferrals whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  /** Only customerReferrals whose referred matches. */
  referred?: ContactWhere | null | undefined;
  referredContactId?: IdFilter | null | undefined;
  referredEmail?: StringFilter | null | undefined;
  referredName?: StringFilter | null | undefined;
  /** Only customerReferrals whose referrer matches. */
  referrer?: ContactWhere | null | undefined;
  referrerContactId?: IdFilter | null | undefined;
  /** Only customerReferrals whose rewardProgram matches. */
  rewardProgram?: LoyaltyProgramWhere | null | undefined;
  rewardProgramId?: IdFilter | null | undefined;
  status?: ReferralStatusFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a calendar date. */
export type DateFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
};

/** Conditions on a timestamp. */
export type DateTimeFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
};

export type DealLineItemInput = {
  /** Taken off the line (default 0); at most quantity × unit price. */
  discountAmount?: string | null | undefined;
  productId: string | number;
  quantity: number;
  /** Default: the product’s price (it must then be in the deal’s currency). */
  unitPrice?: string | null | undefined;
};

/** Conditions on a to-many list of dealLineItems (in the trash excluded); several combine with AND. */
export type DealLineItemListRelationFilter = {
  /** All of the dealLineItems match; true when there are none. */
  every?: DealLineItemWhere | null | undefined;
  /** None of the dealLineItems matches; true when there are none. */
  none?: DealLineItemWhere | null | undefined;
  /** At least one of the dealLineItems matches. */
  some?: DealLineItemWhere | null | undefined;
};

/** Conditions on dealLineItems; fields combine with AND. */
export type DealLineItemWhere = {
  AND?: Array<DealLineItemWhere> | null | undefined;
  NOT?: DealLineItemWhere | null | undefined;
  OR?: Array<DealLineItemWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only dealLineItems whose deal matches. */
  deal?: DealWhere | null | undefined;
  dealId?: IdFilter | null | undefined;
  /** Only dealLineItems whose product matches. */
  product?: ProductWhere | null | undefined;
  productId?: IdFilter | null | undefined;
};

/** Conditions on a to-many list of deals (in the trash excluded); several combine with AND. */
export type DealListRelationFilter = {
  /** All of the deals match; true when there are none. */
  every?: DealWhere | null | undefined;
  /** None of the deals matches; true when there are none. */
  none?: DealWhere | null | undefined;
  /** At least one of the deals matches. */
  some?: DealWhere | null | undefined;
};

export type DealOrderBy = {
  direction?: SortDirection;
  field: DealOrderField;
};

export type DealOrderField =
  | 'CLOSED_AT'
  | 'CREATED_AT'
  | 'EXPECTED_CLOSE_DATE'
  | 'POSITION'
  | 'STAGE_ENTERED_AT'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'VALUE';

/** Conditions on a to-many list of dealStageChanges (in the trash excluded); several combine with AND. */
export type DealStageChangeListRelationFilter = {
  /** All of the dealStageChanges match; true when there are none. */
  every?: DealStageChangeWhere | null | undefined;
  /** None of the dealStageChanges matches; true when there are none. */
  none?: DealStageChangeWhere | null | undefined;
  /** At least one of the dealStageChanges matches. */
  some?: DealStageChangeWhere | null | undefined;
};

/** Conditions on dealStageChanges; fields combine with AND. */
export type DealStageChangeWhere = {
  AND?: Array<DealStageChangeWhere> | null | undefined;
  NOT?: DealStageChangeWhere | null | undefined;
  OR?: Array<DealStageChangeWhere> | null | undefined;
  /** Only dealStageChanges whose changedBy matches. */
  changedBy?: UserWhere | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only dealStageChanges whose deal matches. */
  deal?: DealWhere | null | undefined;
  dealId?: IdFilter | null | undefined;
  /** Only dealStageChanges whose fromStage matches. */
  fromStage?: PipelineStageWhere | null | undefined;
  fromStageId?: IdFilter | null | undefined;
  pipelineId?: IdFilter | null | undefined;
  /** Only dealStageChanges whose toStage matches. */
  toStage?: PipelineStageWhere | null | undefined;
  toStageId?: IdFilter | null | undefined;
};

export type DealStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Conditions on a DealStatus field. */
export type DealStatusFilter = {
  eq?: DealStatus | null | undefined;
  in?: Array<DealStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: DealStatus | null | undefined;
  notIn?: Array<DealStatus> | null | undefined;
};

/** Conditions on deals; fields combine with AND. */
export type DealWhere = {
  AND?: Array<DealWhere> | null | undefined;
  NOT?: DealWhere | null | undefined;
  OR?: Array<DealWhere> | null | undefined;
  /** Only deals with some, every or none of their activities matching. */
  activities?: ActivityListRelationFilter | null | undefined;
  closedAt?: DateTimeFilter | null | undefined;
  /** Only deals whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  /** Only deals whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  customFields?: Array<CustomFieldCondition> | null | undefined;
  expectedCloseDate?: DateFilter | null | undefined;
  /** Only deals with some, every or none of their externalEvents matching. */
  externalEvents?: LeadEventListRelationFilter | null | undefined;
  /** Only deals with some, every or none of their lineItems matching. */
  lineItems?: DealLineItemListRelationFilter | null | undefined;
  /** Only deals whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  /** Only deals whose pipeline matches. */
  pipeline?: PipelineWhere | null | undefined;
  pipelineId?: IdFilter | null | undefined;
  priority?: PriorityFilter | null | undefined;
  /** Words to find (prefix match on each word). */
  search?: string | null | undefined;
  source?: StringFilter | null | undefined;
  /** Only deals whose stage matches. */
  stage?: PipelineStageWhere | null | undefined;
  /** Only deals with some, every or none of their stageChanges matching. */
  stageChanges?: DealStageChangeListRelationFilter | null | undefined;
  stageEnteredAt?: DateTimeFilter | null | undefined;
  stageId?: IdFilter | null | undefined;
  status?: DealStatusFilter | null | undefined;
  /** Only deals owned by members of this team. */
  teamId?: string | number | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  value?: DecimalFilter | null | undefined;
};

/** Conditions on an exact decimal field. */
export type DecimalFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
};

/** Conditions on a to-many list of deliveries (in the trash excluded); several combine with AND. */
export type DeliveryListRelationFilter = {
  /** All of the deliveries match; true when there are none. */
  every?: DeliveryWhere | null | undefined;
  /** None of the deliveries matches; true when there are none. */
  none?: DeliveryWhere | null | undefined;
  /** At least one of the deliveries matches. */
  some?: DeliveryWhere | null | undefined;
};

export type DeliveryMethod =
  | 'DELIVERY'
  | 'PICKUP'
  | 'SHIPPING';

/** Conditions on a DeliveryMethod field. */
export type DeliveryMethodFilter = {
  eq?: DeliveryMethod | null | undefined;
  in?: Array<DeliveryMethod> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: DeliveryMethod | null | undefined;
  notIn?: Array<DeliveryMethod> | null | undefined;
};

export type DeliveryStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'OUT_FOR_DELIVERY'
  | 'PENDING'
  | 'PREPARING';

/** Conditions on a DeliveryStatus field. */
export type DeliveryStatusFilter = {
  eq?: DeliveryStatus | null | undefined;
  in?: Array<DeliveryStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: DeliveryStatus | null | undefined;
  notIn?: Array<DeliveryStatus> | null | undefined;
};

/** Conditions on deliveries; fields combine with AND. */
export type DeliveryWhere = {
  AND?: Array<DeliveryWhere> | null | undefined;
  NOT?: DeliveryWhere | null | undefined;
  OR?: Array<DeliveryWhere> | null | undefined;
  actualDelivery?: DateTimeFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  deliveryMethod?: DeliveryMethodFilter | null | undefined;
  estimatedDelivery?: DateTimeFilter | null | undefined;
  /** Only deliveries whose order matches. */
  order?: OrderWhere | null | undefined;
  orderId?: IdFilter | null | undefined;
  recipientName?: StringFilter | null | undefined;
  status?: DeliveryStatusFilter | null | undefined;
  trackingNumber?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of documents (in the trash excluded); several combine with AND. */
export type DocumentListRelationFilter = {
  /** All of the documents match; true when there are none. */
  every?: DocumentWhere | null | undefined;
  /** None of the documents matches; true when there are none. */
  none?: DocumentWhere | null | undefined;
  /** At least one of the documents matches. */
  some?: DocumentWhere | null | undefined;
};

export type DocumentOrderBy = {
  direction?: SortDirection;
  field: DocumentOrderField;
};

export type DocumentOrderField =
  | 'CREATED_AT'
  | 'REVISION'
  | 'TITLE'
  | 'UPDATED_AT';

export type DocumentStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REVIEW';

/** Conditions on a DocumentStatus field. */
export type DocumentStatusFilter = {
  eq?: DocumentStatus | null | undefined;
  in?: Array<DocumentStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: DocumentStatus | null | undefined;
  notIn?: Array<DocumentStatus> | null | undefined;
};

export type DocumentType =
  | 'GENERAL'
  | 'GUIDE'
  | 'POLICY'
  | 'PRD'
  | 'RFC'
  | 'SPEC';

/** Conditions on a DocumentType field. */
export type DocumentTypeFilter = {
  eq?: DocumentType | null | undefined;
  in?: Array<DocumentType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: DocumentType | null | undefined;
  notIn?: Array<DocumentType> | null | undefined;
};

/** Conditions on a to-many list of documentVersions (in the trash excluded); several combine with AND. */
export type DocumentVersionListRelationFilter = {
  /** All of the documentVersions match; true when there are none. */
  every?: DocumentVersionWhere | null | undefined;
  /** None of the documentVersions matches; true when there are none. */
  none?: DocumentVersionWhere | null | undefined;
  /** At least one of the documentVersions matches. */
  some?: DocumentVersionWhere | null | undefined;
};

/** Conditions on documentVersions; fields combine with AND. */
export type DocumentVersionWhere = {
  AND?: Array<DocumentVersionWhere> | null | undefined;
  NOT?: DocumentVersionWhere | null | undefined;
  OR?: Array<DocumentVersionWhere> | null | undefined;
  /** Only documentVersions whose author matches. */
  author?: UserWhere | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only documentVersions whose document matches. */
  document?: DocumentWhere | null | undefined;
  documentId?: IdFilter | null | undefined;
  revision?: IntFilter | null | undefined;
};

/** Conditions on documents; fields combine with AND. */
export type DocumentWhere = {
  AND?: Array<DocumentWhere> | null | undefined;
  NOT?: DocumentWhere | null | undefined;
  OR?: Array<DocumentWhere> | null | undefined;
  /** Only documents whose author matches. */
  author?: UserWhere | null | undefined;
  authorId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  revision?: IntFilter | null | undefined;
  /** Only documents whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  status?: DocumentStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  type?: DocumentTypeFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  /** Only documents with some, every or none of their versions matching. */
  versions?: DocumentVersionListRelationFilter | null | undefined;
};

/** Conditions on a to-many list of emailEvents (in the trash excluded); several combine with AND. */
export type EmailEventListRelationFilter = {
  /** All of the emailEvents match; true when there are none. */
  every?: EmailEventWhere | null | undefined;
  /** None of the emailEvents matches; true when there are none. */
  none?: EmailEventWhere | null | undefined;
  /** At least one of the emailEvents matches. */
  some?: EmailEventWhere | null | undefined;
};

/** Conditions on emailEvents; fields combine with AND. */
export type EmailEventWhere = {
  AND?: Array<EmailEventWhere> | null | undefined;
  NOT?: EmailEventWhere | null | undefined;
  OR?: Array<EmailEventWhere> | null | undefined;
  /** Only emailEvents whose alias matches. */
  alias?: UserAliasWhere | null | undefined;
  aliasId?: IdFilter | null | undefined;
  /** Only emailEvents whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  eventType?: StringFilter | null | undefined;
  occurredAt?: DateTimeFilter | null | undefined;
  providerMessageId?: StringFilter | null | undefined;
  toAddress?: StringFilter | null | undefined;
};

/** Conditions on a to-many list of epics (in the trash excluded); several combine with AND. */
export type EpicListRelationFilter = {
  /** All of the epics match; true when there are none. */
  every?: EpicWhere | null | undefined;
  /** None of the epics matches; true when there are none. */
  none?: EpicWhere | null | undefined;
  /** At least one of the epics matches. */
  some?: EpicWhere | null | undefined;
};

export type EpicStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNING';

/** Conditions on a EpicStatus field. */
export type EpicStatusFilter = {
  eq?: EpicStatus | null | undefined;
  in?: Array<EpicStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: EpicStatus | null | undefined;
  notIn?: Array<EpicStatus> | null | undefined;
};

/** Conditions on epics; fields combine with AND. */
export type EpicWhere = {
  AND?: Array<EpicWhere> | null | undefined;
  NOT?: EpicWhere | null | undefined;
  OR?: Array<EpicWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only epics with some, every or none of their features matching. */
  features?: FeatureListRelationFilter | null | undefined;
  /** Only epics whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  startDate?: DateFilter | null | undefined;
  status?: EpicStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of experiments (in the trash excluded); several combine with AND. */
export type ExperimentListRelationFilter = {
  /** All of the experiments match; true when there are none. */
  every?: ExperimentWhere | null | undefined;
  /** None of the experiments matches; true when there are none. */
  none?: ExperimentWhere | null | undefined;
  /** At least one of the experiments matches. */
  some?: ExperimentWhere | null | undefined;
};

export type ExperimentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'RUNNING';

/** Conditions on a ExperimentStatus field. */
export type ExperimentStatusFilter = {
  eq?: ExperimentStatus | null | undefined;
  in?: Array<ExperimentStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ExperimentStatus | null | undefined;
  notIn?: Array<ExperimentStatus> | null | undefined;
};

/** Conditions on experiments; fields combine with AND. */
export type ExperimentWhere = {
  AND?: Array<ExperimentWhere> | null | undefined;
  NOT?: ExperimentWhere | null | undefined;
  OR?: Array<ExperimentWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only experiments whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  /** Only experiments whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  startDate?: DateTimeFilter | null | undefined;
  status?: ExperimentStatusFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of features (in the trash excluded); several combine with AND. */
export type FeatureListRelationFilter = {
  /** All of the features match; true when there are none. */
  every?: FeatureWhere | null | undefined;
  /** None of the features matches; true when there are none. */
  none?: FeatureWhere | null | undefined;
  /** At least one of the features matches. */
  some?: FeatureWhere | null | undefined;
};

export type FeatureStatus =
  | 'BACKLOG'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'IN_REVIEW'
  | 'TESTING';

/** Conditions on a FeatureStatus field. */
export type FeatureStatusFilter = {
  eq?: FeatureStatus | null | undefined;
  in?: Array<FeatureStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: FeatureStatus | null | undefined;
  notIn?: Array<FeatureStatus> | null | undefined;
};

/** Conditions on features; fields combine with AND. */
export type FeatureWhere = {
  AND?: Array<FeatureWhere> | null | undefined;
  NOT?: FeatureWhere | null | undefined;
  OR?: Array<FeatureWhere> | null | undefined;
  /** Only features with some, every or none of their changelogEntries matching. */
  changelogEntries?: ReleaseChangelogEntryListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only features whose epic matches. */
  epic?: EpicWhere | null | undefined;
  epicId?: IdFilter | null | undefined;
  /** Only features with some, every or none of their feedbackLinks matching. */
  feedbackLinks?: FeedbackFeatureLinkListRelationFilter | null | undefined;
  /** Only features with some, every or none of their ideaLinks matching. */
  ideaLinks?: IdeaFeatureLinkListRelationFilter | null | undefined;
  priority?: WorkPriorityFilter | null | undefined;
  /** Only features with some, every or none of their releaseLinks matching. */
  releaseLinks?: ReleaseFeatureListRelationFilter | null | undefined;
  /** Only features whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  status?: FeatureStatusFilter | null | undefined;
  storyPoints?: IntFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  /** Only features with some, every or none of their workItems matching. */
  workItems?: WorkItemListRelationFilter | null | undefined;
};

/** Conditions on a to-many list of feedbackFeatureLinks (in the trash excluded); several combine with AND. */
export type FeedbackFeatureLinkListRelationFilter = {
  /** All of the feedbackFeatureLinks match; true when there are none. */
  every?: FeedbackFeatureLinkWhere | null | undefined;
  /** None of the feedbackFeatureLinks matches; true when there are none. */
  none?: FeedbackFeatureLinkWhere | null | undefined;
  /** At least one of the feedbackFeatureLinks matches. */
  some?: FeedbackFeatureLinkWhere | null | undefined;
};

/** Conditions on feedbackFeatureLinks; fields combine with AND. */
export type FeedbackFeatureLinkWhere = {
  AND?: Array<FeedbackFeatureLinkWhere> | null | undefined;
  NOT?: FeedbackFeatureLinkWhere | null | undefined;
  OR?: Array<FeedbackFeatureLinkWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only feedbackFeatureLinks whose feature matches. */
  feature?: FeatureWhere | null | undefined;
  featureId?: IdFilter | null | undefined;
  /** Only feedbackFeatureLinks whose feedback matches. */
  feedback?: FeedbackWhere | null | undefined;
  feedbackId?: IdFilter | null | undefined;
  note?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of feedbackIdeaLinks (in the trash excluded); several combine with AND. */
export type FeedbackIdeaLinkListRelationFilter = {
  /** All of the feedbackIdeaLinks match; true when there are none. */
  every?: FeedbackIdeaLinkWhere | null | undefined;
  /** None of the feedbackIdeaLinks matches; true when there are none. */
  none?: FeedbackIdeaLinkWhere | null | undefined;
  /** At least one of the feedbackIdeaLinks matches. */
  some?: FeedbackIdeaLinkWhere | null | undefined;
};

/** Conditions on feedbackIdeaLinks; fields combine with AND. */
export type FeedbackIdeaLinkWhere = {
  AND?: Array<FeedbackIdeaLinkWhere> | null | undefined;
  NOT?: FeedbackIdeaLinkWhere | null | undefined;
  OR?: Array<FeedbackIdeaLinkWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only feedbackIdeaLinks whose feedback matches. */
  feedback?: FeedbackWhere | null | undefined;
  feedbackId?: IdFilter | null | undefined;
  /** Only feedbackIdeaLinks whose idea matches. */
  idea?: IdeaWhere | null | undefined;
  ideaId?: IdFilter | null | undefined;
  note?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of feedbackItems (in the trash excluded); several combine with AND. */
export type FeedbackListRelationFilter = {
  /** All of the feedbackItems match; true when there are none. */
  every?: FeedbackWhere | null | undefined;
  /** None of the feedbackItems matches; true when there are none. */
  none?: FeedbackWhere | null | undefined;
  /** At least one of the feedbackItems matches. */
  some?: FeedbackWhere | null | undefined;
};

export type FeedbackStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

/** Conditions on a FeedbackStatus field. */
export type FeedbackStatusFilter = {
  eq?: FeedbackStatus | null | undefined;
  in?: Array<FeedbackStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: FeedbackStatus | null | undefined;
  notIn?: Array<FeedbackStatus> | null | undefined;
};

export type FeedbackType =
  | 'BUG_REPORT'
  | 'COMPLAINT'
  | 'COMPLIMENT'
  | 'FEATURE_REQUEST'
  | 'IMPROVEMENT';

/** Conditions on a FeedbackType field. */
export type FeedbackTypeFilter = {
  eq?: FeedbackType | null | undefined;
  in?: Array<FeedbackType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: FeedbackType | null | undefined;
  notIn?: Array<FeedbackType> | null | undefined;
};

/** Conditions on feedbackItems; fields combine with AND. */
export type FeedbackWhere = {
  AND?: Array<FeedbackWhere> | null | undefined;
  NOT?: FeedbackWhere | null | undefined;
  OR?: Array<FeedbackWhere> | null | undefined;
  /** Only feedbackItems whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  /** Only feedbackItems whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only feedbackItems with some, every or none of their featureLinks matching. */
  featureLinks?: FeedbackFeatureLinkListRelationFilter | null | undefined;
  /** Only feedbackItems with some, every or none of their ideaLinks matching. */
  ideaLinks?: FeedbackIdeaLinkListRelationFilter | null | undefined;
  priority?: WorkPriorityFilter | null | undefined;
  /** Only feedbackItems whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  source?: StringFilter | null | undefined;
  status?: FeedbackStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  type?: FeedbackTypeFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of financials (in the trash excluded); several combine with AND. */
export type FinancialListRelationFilter = {
  /** All of the financials match; true when there are none. */
  every?: FinancialWhere | null | undefined;
  /** None of the financials matches; true when there are none. */
  none?: FinancialWhere | null | undefined;
  /** At least one of the financials matches. */
  some?: FinancialWhere | null | undefined;
};

/** Conditions on financials; fields combine with AND. */
export type FinancialWhere = {
  AND?: Array<FinancialWhere> | null | undefined;
  NOT?: FinancialWhere | null | undefined;
  OR?: Array<FinancialWhere> | null | undefined;
  /** Only financials whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  externalId?: StringFilter | null | undefined;
  netProfit?: DecimalFilter | null | undefined;
  recordDate?: DateFilter | null | undefined;
  revenue?: DecimalFilter | null | undefined;
  sourceSystem?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a number field. */
export type FloatFilter = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  notIn?: Array<number> | null | undefined;
};

/** Conditions on a reference or id. */
export type IdFilter = {
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: string | number | null | undefined;
  notIn?: Array<string | number> | null | undefined;
};

/** Conditions on a to-many list of ideaFeatureLinks (in the trash excluded); several combine with AND. */
export type IdeaFeatureLinkListRelationFilter = {
  /** All of the ideaFeatureLinks match; true when there are none. */
  every?: IdeaFeatureLinkWhere | null | undefined;
  /** None of the ideaFeatureLinks matches; true when there are none. */
  none?: IdeaFeatureLinkWhere | null | undefined;
  /** At least one of the ideaFeatureLinks matches. */
  some?: IdeaFeatureLinkWhere | null | undefined;
};

/** Conditions on ideaFeatureLinks; fields combine with AND. */
export type IdeaFeatureLinkWhere = {
  AND?: Array<IdeaFeatureLinkWhere> | null | undefined;
  NOT?: IdeaFeatureLinkWhere | null | undefined;
  OR?: Array<IdeaFeatureLinkWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only ideaFeatureLinks whose feature matches. */
  feature?: FeatureWhere | null | undefined;
  featureId?: IdFilter | null | undefined;
  /** Only ideaFeatureLinks whose idea matches. */
  idea?: IdeaWhere | null | undefined;
  ideaId?: IdFilter | null | undefined;
  note?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of ideas (in the trash excluded); several combine with AND. */
export type IdeaListRelationFilter = {
  /** All of the ideas match; true when there are none. */
  every?: IdeaWhere | null | undefined;
  /** None of the ideas matches; true when there are none. */
  none?: IdeaWhere | null | undefined;
  /** At least one of the ideas matches. */
  some?: IdeaWhere | null | undefined;
};

export type IdeaOrderBy = {
  direction?: SortDirection;
  field: IdeaOrderField;
};

export type IdeaOrderField =
  | 'CREATED_AT'
  | 'ICE_SCORE'
  | 'PRIORITY'
  | 'RICE_SCORE'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'WSJF_SCORE';

export type IdeaStatus =
  | 'APPROVED'
  | 'IMPLEMENTED'
  | 'IN_DEVELOPMENT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

/** Conditions on a IdeaStatus field. */
export type IdeaStatusFilter = {
  eq?: IdeaStatus | null | undefined;
  in?: Array<IdeaStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: IdeaStatus | null | undefined;
  notIn?: Array<IdeaStatus> | null | undefined;
};

/** Conditions on ideas; fields combine with AND. */
export type IdeaWhere = {
  AND?: Array<IdeaWhere> | null | undefined;
  NOT?: IdeaWhere | null | undefined;
  OR?: Array<IdeaWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only ideas whose creator matches. */
  creator?: UserWhere | null | undefined;
  creatorId?: IdFilter | null | undefined;
  /** Only ideas with some, every or none of their featureLinks matching. */
  featureLinks?: IdeaFeatureLinkListRelationFilter | null | undefined;
  /** Only ideas with some, every or none of their feedbackLinks matching. */
  feedbackLinks?: FeedbackIdeaLinkListRelationFilter | null | undefined;
  iceScore?: FloatFilter | null | undefined;
  priority?: IntFilter | null | undefined;
  riceScore?: FloatFilter | null | undefined;
  /** Only ideas whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  status?: IdeaStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  wsjfScore?: FloatFilter | null | undefined;
};

/** Conditions on an integer field. */
export type IntFilter = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  ne?: number | null | undefined;
  notIn?: Array<number> | null | undefined;
};

/** PENDING until authorized, ACTIVE syncing, ERROR after a failed sync, DISABLED when disconnected. */
export type IntegrationStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'ERROR'
  | 'PENDING';

/** Conditions on a to-many list of inventoryAdjustments (in the trash excluded); several combine with AND. */
export type InventoryAdjustmentListRelationFilter = {
  /** All of the inventoryAdjustments match; true when there are none. */
  every?: InventoryAdjustmentWhere | null | undefined;
  /** None of the inventoryAdjustments matches; true when there are none. */
  none?: InventoryAdjustmentWhere | null | undefined;
  /** At least one of the inventoryAdjustments matches. */
  some?: InventoryAdjustmentWhere | null | undefined;
};

/** Conditions on inventoryAdjustments; fields combine with AND. */
export type InventoryAdjustmentWhere = {
  AND?: Array<InventoryAdjustmentWhere> | null | undefined;
  NOT?: InventoryAdjustmentWhere | null | undefined;
  OR?: Array<InventoryAdjustmentWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only inventoryAdjustments whose createdBy matches. */
  createdBy?: UserWhere | null | undefined;
  /** Only inventoryAdjustments whose order matches. */
  order?: OrderWhere | null | undefined;
  orderId?: IdFilter | null | undefined;
  /** Only inventoryAdjustments whose product matches. */
  product?: ProductWhere | null | undefined;
  productId?: IdFilter | null | undefined;
  reason?: AdjustmentReasonFilter | null | undefined;
};

export type InviteMemberInput = {
  email: string;
  role: Role;
};

/** Conditions on a to-many list of keyResults (in the trash excluded); several combine with AND. */
export type KeyResultListRelationFilter = {
  /** All of the keyResults match; true when there are none. */
  every?: KeyResultWhere | null | undefined;
  /** None of the keyResults matches; true when there are none. */
  none?: KeyResultWhere | null | undefined;
  /** At least one of the keyResults matches. */
  some?: KeyResultWhere | null | undefined;
};

/** Conditions on keyResults; fields combine with AND. */
export type KeyResultWhere = {
  AND?: Array<KeyResultWhere> | null | undefined;
  NOT?: KeyResultWhere | null | undefined;
  OR?: Array<KeyResultWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only keyResults whose okr matches. */
  okr?: OkrWhere | null | undefined;
  okrId?: IdFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of kpiDataPoints (in the trash excluded); several combine with AND. */
export type KpiDataPointListRelationFilter = {
  /** All of the kpiDataPoints match; true when there are none. */
  every?: KpiDataPointWhere | null | undefined;
  /** None of the kpiDataPoints matches; true when there are none. */
  none?: KpiDataPointWhere | null | undefined;
  /** At least one of the kpiDataPoints matches. */
  some?: KpiDataPointWhere | null | undefined;
};

/** Conditions on kpiDataPoints; fields combine with AND. */
export type KpiDataPointWhere = {
  AND?: Array<KpiDataPointWhere> | null | undefined;
  NOT?: KpiDataPointWhere | null | undefined;
  OR?: Array<KpiDataPointWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  date?: DateTimeFilter | null | undefined;
  /** Only kpiDataPoints whose kpi matches. */
  kpi?: KpiWhere | null | undefined;
  kpiId?: IdFilter | null | undefined;
  period?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type KpiFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY';

/** Conditions on a KpiFrequency field. */
export type KpiFrequencyFilter = {
  eq?: KpiFrequency | null | undefined;
  in?: Array<KpiFrequency> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: KpiFrequency | null | undefined;
  notIn?: Array<KpiFrequency> | null | undefined;
};

/** Conditions on a to-many list of kpis (in the trash excluded); several combine with AND. */
export type KpiListRelationFilter = {
  /** All of the kpis match; true when there are none. */
  every?: KpiWhere | null | undefined;
  /** None of the kpis matches; true when there are none. */
  none?: KpiWhere | null | undefined;
  /** At least one of the kpis matches. */
  some?: KpiWhere | null | undefined;
};

/** Conditions on kpis; fields combine with AND. */
export type KpiWhere = {
  AND?: Array<KpiWhere> | null | undefined;
  NOT?: KpiWhere | null | undefined;
  OR?: Array<KpiWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only kpis with some, every or none of their dataPoints matching. */
  dataPoints?: KpiDataPointListRelationFilter | null | undefined;
  frequency?: KpiFrequencyFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only kpis whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  /** Only kpis whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of launchChecklistItems (in the trash excluded); several combine with AND. */
export type LaunchChecklistItemListRelationFilter = {
  /** All of the launchChecklistItems match; true when there are none. */
  every?: LaunchChecklistItemWhere | null | undefined;
  /** None of the launchChecklistItems matches; true when there are none. */
  none?: LaunchChecklistItemWhere | null | undefined;
  /** At least one of the launchChecklistItems matches. */
  some?: LaunchChecklistItemWhere | null | undefined;
};

/** Conditions on launchChecklistItems; fields combine with AND. */
export type LaunchChecklistItemWhere = {
  AND?: Array<LaunchChecklistItemWhere> | null | undefined;
  NOT?: LaunchChecklistItemWhere | null | undefined;
  OR?: Array<LaunchChecklistItemWhere> | null | undefined;
  /** Only launchChecklistItems whose assignee matches. */
  assignee?: UserWhere | null | undefined;
  assigneeId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  done?: BooleanFilter | null | undefined;
  position?: IntFilter | null | undefined;
  /** Only launchChecklistItems whose release matches. */
  release?: ReleaseWhere | null | undefined;
  releaseId?: IdFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of leadEvents (in the trash excluded); several combine with AND. */
export type LeadEventListRelationFilter = {
  /** All of the leadEvents match; true when there are none. */
  every?: LeadEventWhere | null | undefined;
  /** None of the leadEvents matches; true when there are none. */
  none?: LeadEventWhere | null | undefined;
  /** At least one of the leadEvents matches. */
  some?: LeadEventWhere | null | undefined;
};

export type LeadEventType =
  | 'CREATED'
  | 'LOST'
  | 'STAGE_CHANGED'
  | 'UPDATED'
  | 'WON';

/** Conditions on a LeadEventType field. */
export type LeadEventTypeFilter = {
  eq?: LeadEventType | null | undefined;
  in?: Array<LeadEventType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: LeadEventType | null | undefined;
  notIn?: Array<LeadEventType> | null | undefined;
};

/** Conditions on leadEvents; fields combine with AND. */
export type LeadEventWhere = {
  AND?: Array<LeadEventWhere> | null | undefined;
  NOT?: LeadEventWhere | null | undefined;
  OR?: Array<LeadEventWhere> | null | undefined;
  /** Only leadEvents whose company matches. */
  company?: CompanyWhere | null | undefined;
  companyId?: IdFilter | null | undefined;
  /** Only leadEvents whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  /** Only leadEvents whose deal matches. */
  deal?: DealWhere | null | undefined;
  dealId?: IdFilter | null | undefined;
  eventType?: LeadEventTypeFilter | null | undefined;
  externalId?: StringFilter | null | undefined;
  leadId?: StringFilter | null | undefined;
  occurredAt?: DateTimeFilter | null | undefined;
  sourceSystem?: StringFilter | null | undefined;
  stage?: StringFilter | null | undefined;
  status?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Where a roadmap's product is in its life, from IDEATION to SUNSET. */
export type Lifecycle =
  | 'DEFINITION'
  | 'DELIVERY'
  | 'DISCOVERY'
  | 'GROWTH'
  | 'IDEATION'
  | 'LAUNCH'
  | 'MATURITY'
  | 'SUNSET';

/** Conditions on a Lifecycle field. */
export type LifecycleFilter = {
  eq?: Lifecycle | null | undefined;
  in?: Array<Lifecycle> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: Lifecycle | null | undefined;
  notIn?: Array<Lifecycle> | null | undefined;
};

/** Conditions on a to-many list of loyaltyAccounts (in the trash excluded); several combine with AND. */
export type LoyaltyAccountListRelationFilter = {
  /** All of the loyaltyAccounts match; true when there are none. */
  every?: LoyaltyAccountWhere | null | undefined;
  /** None of the loyaltyAccounts matches; true when there are none. */
  none?: LoyaltyAccountWhere | null | undefined;
  /** At least one of the loyaltyAccounts matches. */
  some?: LoyaltyAccountWhere | null | undefined;
};

/** Conditions on loyaltyAccounts; fields combine with AND. */
export type LoyaltyAccountWhere = {
  AND?: Array<LoyaltyAccountWhere> | null | undefined;
  NOT?: LoyaltyAccountWhere | null | undefined;
  OR?: Array<LoyaltyAccountWhere> | null | undefined;
  /** Only loyaltyAccounts whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only loyaltyAccounts with some, every or none of their events matching. */
  events?: LoyaltyEventListRelationFilter | null | undefined;
  pointsBalance?: IntFilter | null | undefined;
  /** Only loyaltyAccounts whose program matches. */
  program?: LoyaltyProgramWhere | null | undefined;
  programId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of loyaltyEvents (in the trash excluded); several combine with AND. */
export type LoyaltyEventListRelationFilter = {
  /** All of the loyaltyEvents match; true when there are none. */
  every?: LoyaltyEventWhere | null | undefined;
  /** None of the loyaltyEvents matches; true when there are none. */
  none?: LoyaltyEventWhere | null | undefined;
  /** At least one of the loyaltyEvents matches. */
  some?: LoyaltyEventWhere | null | undefined;
};

/** EARNED from a paid order or a referral, REDEEMED for a reward, EXPIRED by the nightly job, ADJUSTED by a manager. */
export type LoyaltyEventType =
  | 'ADJUSTED'
  | 'EARNED'
  | 'EXPIRED'
  | 'REDEEMED';

/** Conditions on a LoyaltyEventType field. */
export type LoyaltyEventTypeFilter = {
  eq?: LoyaltyEventType | null | undefined;
  in?: Array<LoyaltyEventType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: LoyaltyEventType | null | undefined;
  notIn?: Array<LoyaltyEventType> | null | undefined;
};

/** Conditions on loyaltyEvents; fields combine with AND. */
export type LoyaltyEventWhere = {
  AND?: Array<LoyaltyEventWhere> | null | undefined;
  NOT?: LoyaltyEventWhere | null | undefined;
  OR?: Array<LoyaltyEventWhere> | null | undefined;
  /** Only loyaltyEvents whose account matches. */
  account?: LoyaltyAccountWhere | null | undefined;
  accountId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only loyaltyEvents whose createdBy matches. */
  createdBy?: UserWhere | null | undefined;
  eventType?: LoyaltyEventTypeFilter | null | undefined;
  orderId?: IdFilter | null | undefined;
  /** Only loyaltyEvents whose referral matches. */
  referral?: CustomerReferralWhere | null | undefined;
  referralId?: IdFilter | null | undefined;
};

/** Conditions on loyaltyPrograms; fields combine with AND. */
export type LoyaltyProgramWhere = {
  AND?: Array<LoyaltyProgramWhere> | null | undefined;
  NOT?: LoyaltyProgramWhere | null | undefined;
  OR?: Array<LoyaltyProgramWhere> | null | undefined;
  /** Only loyaltyPrograms with some, every or none of their accounts matching. */
  accounts?: LoyaltyAccountListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  isActive?: BooleanFilter | null | undefined;
  name?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of memberships (in the trash excluded); several combine with AND. */
export type MembershipListRelationFilter = {
  /** All of the memberships match; true when there are none. */
  every?: MembershipWhere | null | undefined;
  /** None of the memberships matches; true when there are none. */
  none?: MembershipWhere | null | undefined;
  /** At least one of the memberships matches. */
  some?: MembershipWhere | null | undefined;
};

/** Conditions on memberships; fields combine with AND. */
export type MembershipWhere = {
  AND?: Array<MembershipWhere> | null | undefined;
  NOT?: MembershipWhere | null | undefined;
  OR?: Array<MembershipWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  role?: RoleFilter | null | undefined;
  /** Only memberships whose team matches. */
  team?: TeamWhere | null | undefined;
  teamId?: IdFilter | null | undefined;
  /** Only memberships whose user matches. */
  user?: UserWhere | null | undefined;
  userId?: IdFilter | null | undefined;
};

/** Where a deal goes: a stage, and its slot between two neighbours of that column. */
export type MoveDealInput = {
  /** The card that will be just above it; omit for the top. */
  afterDealId?: string | number | null | undefined;
  /** The card that will be just below it; omit both to append at the bottom. */
  beforeDealId?: string | number | null | undefined;
  dealId: string | number;
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Retries with the same key return the first result instead of moving again. */
  idempotencyKey?: string | null | undefined;
  /** Required when moving into a LOST stage. */
  lostReason?: string | null | undefined;
  toStageId: string | number;
};

/** A deal moving to another pipeline: it lands at the bottom of the given stage. */
export type MoveDealToPipelineInput = {
  dealId: string | number;
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Retries with the same key return the first result instead of moving again. */
  idempotencyKey?: string | null | undefined;
  /** Required when the stage is a LOST stage. */
  lostReason?: string | null | undefined;
  /** A stage of the pipeline it moves to. */
  toStageId: string | number;
};

/** How a card shows its next activity (Pipedrive colours: red, green, grey, yellow warning). */
export type NextActivityState =
  | 'FUTURE'
  | 'NONE'
  | 'OVERDUE'
  | 'TODAY';

/** Conditions on a to-many list of okrs (in the trash excluded); several combine with AND. */
export type OkrListRelationFilter = {
  /** All of the okrs match; true when there are none. */
  every?: OkrWhere | null | undefined;
  /** None of the okrs matches; true when there are none. */
  none?: OkrWhere | null | undefined;
  /** At least one of the okrs matches. */
  some?: OkrWhere | null | undefined;
};

export type OkrStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT';

/** Conditions on a OkrStatus field. */
export type OkrStatusFilter = {
  eq?: OkrStatus | null | undefined;
  in?: Array<OkrStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: OkrStatus | null | undefined;
  notIn?: Array<OkrStatus> | null | undefined;
};

/** Conditions on okrs; fields combine with AND. */
export type OkrWhere = {
  AND?: Array<OkrWhere> | null | undefined;
  NOT?: OkrWhere | null | undefined;
  OR?: Array<OkrWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only okrs with some, every or none of their keyResults matching. */
  keyResults?: KeyResultListRelationFilter | null | undefined;
  /** Only okrs whose owner matches. */
  owner?: UserWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  quarter?: StringFilter | null | undefined;
  /** Only okrs whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  status?: OkrStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type OrderItemInput = {
  productId: string | number;
  quantity: number;
};

/** Conditions on a to-many list of orderItems (in the trash excluded); several combine with AND. */
export type OrderItemListRelationFilter = {
  /** All of the orderItems match; true when there are none. */
  every?: OrderItemWhere | null | undefined;
  /** None of the orderItems matches; true when there are none. */
  none?: OrderItemWhere | null | undefined;
  /** At least one of the orderItems matches. */
  some?: OrderItemWhere | null | undefined;
};

/** Conditions on orderItems; fields combine with AND. */
export type OrderItemWhere = {
  AND?: Array<OrderItemWhere> | null | undefined;
  NOT?: OrderItemWhere | null | undefined;
  OR?: Array<OrderItemWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  lineTotal?: DecimalFilter | null | undefined;
  /** Only orderItems whose order matches. */
  order?: OrderWhere | null | undefined;
  orderId?: IdFilter | null | undefined;
  /** Only orderItems whose product matches. */
  product?: ProductWhere | null | undefined;
  productId?: IdFilter | null | undefined;
};

/** Conditions on a to-many list of orders (in the trash excluded); several combine with AND. */
export type OrderListRelationFilter = {
  /** All of the orders match; true when there are none. */
  every?: OrderWhere | null | undefined;
  /** None of the orders matches; true when there are none. */
  none?: OrderWhere | null | undefined;
  /** At least one of the orders matches. */
  some?: OrderWhere | null | undefined;
};

export type OrderOrderBy = {
  direction?: SortDirection;
  field: OrderOrderField;
};

export type OrderOrderField =
  | 'CREATED_AT'
  | 'ORDER_NUMBER'
  | 'PAID_AT'
  | 'TOTAL_AMOUNT'
  | 'UPDATED_AT';

/** PENDING → CONFIRMED → PROCESSING → SHIPPED → DELIVERED; CANCELLED before shipping. */
export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'PENDING'
  | 'PROCESSING'
  | 'SHIPPED';

/** Conditions on a OrderStatus field. */
export type OrderStatusFilter = {
  eq?: OrderStatus | null | undefined;
  in?: Array<OrderStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: OrderStatus | null | undefined;
  notIn?: Array<OrderStatus> | null | undefined;
};

/** Conditions on orders; fields combine with AND. */
export type OrderWhere = {
  AND?: Array<OrderWhere> | null | undefined;
  NOT?: OrderWhere | null | undefined;
  OR?: Array<OrderWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only orders whose createdBy matches. */
  createdBy?: UserWhere | null | undefined;
  createdById?: IdFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  /** Only orders whose customer matches. */
  customer?: ContactWhere | null | undefined;
  customerId?: IdFilter | null | undefined;
  /** Only orders with some, every or none of their deliveries matching. */
  deliveries?: DeliveryListRelationFilter | null | undefined;
  /** Only orders with some, every or none of their items matching. */
  items?: OrderItemListRelationFilter | null | undefined;
  orderNumber?: IntFilter | null | undefined;
  paidAt?: DateTimeFilter | null | undefined;
  /** Only orders with some, every or none of their payments matching. */
  payments?: PaymentListRelationFilter | null | undefined;
  status?: OrderStatusFilter | null | undefined;
  totalAmount?: DecimalFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of payments (in the trash excluded); several combine with AND. */
export type PaymentListRelationFilter = {
  /** All of the payments match; true when there are none. */
  every?: PaymentWhere | null | undefined;
  /** None of the payments matches; true when there are none. */
  none?: PaymentWhere | null | undefined;
  /** At least one of the payments matches. */
  some?: PaymentWhere | null | undefined;
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CHECK'
  | 'DIGITAL_WALLET';

/** Conditions on a PaymentMethod field. */
export type PaymentMethodFilter = {
  eq?: PaymentMethod | null | undefined;
  in?: Array<PaymentMethod> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: PaymentMethod | null | undefined;
  notIn?: Array<PaymentMethod> | null | undefined;
};

/** COMPLETED counts toward the order; REFUNDED once all of it was given back. */
export type PaymentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'REFUNDED';

/** Conditions on a PaymentStatus field. */
export type PaymentStatusFilter = {
  eq?: PaymentStatus | null | undefined;
  in?: Array<PaymentStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: PaymentStatus | null | undefined;
  notIn?: Array<PaymentStatus> | null | undefined;
};

/** Conditions on payments; fields combine with AND. */
export type PaymentWhere = {
  AND?: Array<PaymentWhere> | null | undefined;
  NOT?: PaymentWhere | null | undefined;
  OR?: Array<PaymentWhere> | null | undefined;
  amount?: DecimalFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  /** Only payments whose order matches. */
  order?: OrderWhere | null | undefined;
  orderId?: IdFilter | null | undefined;
  paymentMethod?: PaymentMethodFilter | null | undefined;
  status?: PaymentStatusFilter | null | undefined;
  transactionId?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of pipelineStages (in the trash excluded); several combine with AND. */
export type PipelineStageListRelationFilter = {
  /** All of the pipelineStages match; true when there are none. */
  every?: PipelineStageWhere | null | undefined;
  /** None of the pipelineStages matches; true when there are none. */
  none?: PipelineStageWhere | null | undefined;
  /** At least one of the pipelineStages matches. */
  some?: PipelineStageWhere | null | undefined;
};

/** Conditions on pipelineStages; fields combine with AND. */
export type PipelineStageWhere = {
  AND?: Array<PipelineStageWhere> | null | undefined;
  NOT?: PipelineStageWhere | null | undefined;
  OR?: Array<PipelineStageWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only pipelineStages with some, every or none of their deals matching. */
  deals?: DealListRelationFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only pipelineStages whose pipeline matches. */
  pipeline?: PipelineWhere | null | undefined;
  pipelineId?: IdFilter | null | undefined;
  type?: StageTypeFilter | null | undefined;
};

/** Conditions on pipelines; fields combine with AND. */
export type PipelineWhere = {
  AND?: Array<PipelineWhere> | null | undefined;
  NOT?: PipelineWhere | null | undefined;
  OR?: Array<PipelineWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only pipelines with some, every or none of their deals matching. */
  deals?: DealListRelationFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only pipelines with some, every or none of their stages matching. */
  stages?: PipelineStageListRelationFilter | null | undefined;
};

/** An order and its items; prices come from the catalog, totals are computed. */
export type PlaceOrderInput = {
  /** ISO 4217; defaults to the products’ currency, which every item must share. */
  currency?: string | null | undefined;
  /** The contact buying. */
  customerId?: string | number | null | undefined;
  /** Taken off the subtotal; at most the subtotal. */
  discountAmount?: string | null | undefined;
  /** Retries with the same key return the first result instead of doing it again. */
  idempotencyKey?: string | null | undefined;
  items: Array<OrderItemInput>;
  notes?: string | null | undefined;
  taxAmount?: string | null | undefined;
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** Conditions on a Priority field. */
export type PriorityFilter = {
  eq?: Priority | null | undefined;
  in?: Array<Priority> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: Priority | null | undefined;
  notIn?: Array<Priority> | null | undefined;
};

/** Conditions on a to-many list of products (in the trash excluded); several combine with AND. */
export type ProductListRelationFilter = {
  /** All of the products match; true when there are none. */
  every?: ProductWhere | null | undefined;
  /** None of the products matches; true when there are none. */
  none?: ProductWhere | null | undefined;
  /** At least one of the products matches. */
  some?: ProductWhere | null | undefined;
};

export type ProductOrderBy = {
  direction?: SortDirection;
  field: ProductOrderField;
};

export type ProductOrderField =
  | 'CATEGORY'
  | 'CREATED_AT'
  | 'NAME'
  | 'PRICE'
  | 'SKU'
  | 'STOCK_QUANTITY'
  | 'UPDATED_AT';

/** Conditions on products; fields combine with AND. */
export type ProductWhere = {
  AND?: Array<ProductWhere> | null | undefined;
  NOT?: ProductWhere | null | undefined;
  OR?: Array<ProductWhere> | null | undefined;
  category?: StringFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  customFields?: Array<CustomFieldCondition> | null | undefined;
  /** Only products with some, every or none of their inventoryAdjustments matching. */
  inventoryAdjustments?: InventoryAdjustmentListRelationFilter | null | undefined;
  isActive?: BooleanFilter | null | undefined;
  /** true: only products at or below their low-stock threshold; false: only those above it. */
  lowStock?: boolean | null | undefined;
  name?: StringFilter | null | undefined;
  price?: DecimalFilter | null | undefined;
  sku?: StringFilter | null | undefined;
  stockQuantity?: IntFilter | null | undefined;
  /** Only products whose supplier matches. */
  supplier?: CompanyWhere | null | undefined;
  supplierId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Money received for an order. The key makes a retry safe: it returns the first result and charges nothing more. */
export type RecordPaymentInput = {
  /** At most what is still owed. */
  amount: string;
  /** Retries with the same key return the first result instead of doing it again. The same key with another amount is refused (CONFLICT). */
  idempotencyKey: string;
  orderId: string | number;
  paymentMethod: PaymentMethod;
  transactionId?: string | null | undefined;
};

/** PENDING until converted (the referred customer bought) or past its validity (EXPIRED). */
export type ReferralStatus =
  | 'CONVERTED'
  | 'EXPIRED'
  | 'PENDING';

/** Conditions on a ReferralStatus field. */
export type ReferralStatusFilter = {
  eq?: ReferralStatus | null | undefined;
  in?: Array<ReferralStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ReferralStatus | null | undefined;
  notIn?: Array<ReferralStatus> | null | undefined;
};

export type RefundPaymentInput = {
  /** Default: all that is left of the payment. */
  amount?: string | null | undefined;
  /** Retries with the same key return the first result instead of doing it again. */
  idempotencyKey?: string | null | undefined;
  paymentId: string | number;
};

/** Conditions on a to-many list of releaseChangelogEntries (in the trash excluded); several combine with AND. */
export type ReleaseChangelogEntryListRelationFilter = {
  /** All of the releaseChangelogEntries match; true when there are none. */
  every?: ReleaseChangelogEntryWhere | null | undefined;
  /** None of the releaseChangelogEntries matches; true when there are none. */
  none?: ReleaseChangelogEntryWhere | null | undefined;
  /** At least one of the releaseChangelogEntries matches. */
  some?: ReleaseChangelogEntryWhere | null | undefined;
};

/** Conditions on releaseChangelogEntries; fields combine with AND. */
export type ReleaseChangelogEntryWhere = {
  AND?: Array<ReleaseChangelogEntryWhere> | null | undefined;
  NOT?: ReleaseChangelogEntryWhere | null | undefined;
  OR?: Array<ReleaseChangelogEntryWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only releaseChangelogEntries whose feature matches. */
  feature?: FeatureWhere | null | undefined;
  featureId?: IdFilter | null | undefined;
  kind?: ChangelogKindFilter | null | undefined;
  position?: IntFilter | null | undefined;
  /** Only releaseChangelogEntries whose release matches. */
  release?: ReleaseWhere | null | undefined;
  releaseId?: IdFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of releaseFeatures (in the trash excluded); several combine with AND. */
export type ReleaseFeatureListRelationFilter = {
  /** All of the releaseFeatures match; true when there are none. */
  every?: ReleaseFeatureWhere | null | undefined;
  /** None of the releaseFeatures matches; true when there are none. */
  none?: ReleaseFeatureWhere | null | undefined;
  /** At least one of the releaseFeatures matches. */
  some?: ReleaseFeatureWhere | null | undefined;
};

/** Conditions on releaseFeatures; fields combine with AND. */
export type ReleaseFeatureWhere = {
  AND?: Array<ReleaseFeatureWhere> | null | undefined;
  NOT?: ReleaseFeatureWhere | null | undefined;
  OR?: Array<ReleaseFeatureWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only releaseFeatures whose feature matches. */
  feature?: FeatureWhere | null | undefined;
  featureId?: IdFilter | null | undefined;
  note?: StringFilter | null | undefined;
  /** Only releaseFeatures whose release matches. */
  release?: ReleaseWhere | null | undefined;
  releaseId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a to-many list of releases (in the trash excluded); several combine with AND. */
export type ReleaseListRelationFilter = {
  /** All of the releases match; true when there are none. */
  every?: ReleaseWhere | null | undefined;
  /** None of the releases matches; true when there are none. */
  none?: ReleaseWhere | null | undefined;
  /** At least one of the releases matches. */
  some?: ReleaseWhere | null | undefined;
};

export type ReleaseStatus =
  | 'CANCELLED'
  | 'IN_PROGRESS'
  | 'PLANNING'
  | 'READY'
  | 'RELEASED'
  | 'TESTING';

/** Conditions on a ReleaseStatus field. */
export type ReleaseStatusFilter = {
  eq?: ReleaseStatus | null | undefined;
  in?: Array<ReleaseStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ReleaseStatus | null | undefined;
  notIn?: Array<ReleaseStatus> | null | undefined;
};

export type ReleaseType =
  | 'HOTFIX'
  | 'MAJOR'
  | 'MINOR'
  | 'PATCH';

/** Conditions on a ReleaseType field. */
export type ReleaseTypeFilter = {
  eq?: ReleaseType | null | undefined;
  in?: Array<ReleaseType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ReleaseType | null | undefined;
  notIn?: Array<ReleaseType> | null | undefined;
};

/** Conditions on releases; fields combine with AND. */
export type ReleaseWhere = {
  AND?: Array<ReleaseWhere> | null | undefined;
  NOT?: ReleaseWhere | null | undefined;
  OR?: Array<ReleaseWhere> | null | undefined;
  /** Only releases with some, every or none of their changelog matching. */
  changelog?: ReleaseChangelogEntryListRelationFilter | null | undefined;
  /** Only releases with some, every or none of their checklist matching. */
  checklist?: LaunchChecklistItemListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only releases with some, every or none of their featureLinks matching. */
  featureLinks?: ReleaseFeatureListRelationFilter | null | undefined;
  name?: StringFilter | null | undefined;
  releaseDate?: DateTimeFilter | null | undefined;
  /** Only releases whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  status?: ReleaseStatusFilter | null | undefined;
  targetDate?: DateFilter | null | undefined;
  type?: ReleaseTypeFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  versionNumber?: StringFilter | null | undefined;
};

/** Narrows a report. Dates are inclusive; they apply to the date the report is about. */
export type ReportFilter = {
  from?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  pipelineId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  to?: string | null | undefined;
};

/** Conditions on a to-many list of roadmaps (in the trash excluded); several combine with AND. */
export type RoadmapListRelationFilter = {
  /** All of the roadmaps match; true when there are none. */
  every?: RoadmapWhere | null | undefined;
  /** None of the roadmaps matches; true when there are none. */
  none?: RoadmapWhere | null | undefined;
  /** At least one of the roadmaps matches. */
  some?: RoadmapWhere | null | undefined;
};

/** Conditions on roadmaps; fields combine with AND. */
export type RoadmapWhere = {
  AND?: Array<RoadmapWhere> | null | undefined;
  NOT?: RoadmapWhere | null | undefined;
  OR?: Array<RoadmapWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only roadmaps with some, every or none of their documents matching. */
  documents?: DocumentListRelationFilter | null | undefined;
  /** Only roadmaps with some, every or none of their epics matching. */
  epics?: EpicListRelationFilter | null | undefined;
  /** Only roadmaps with some, every or none of their experiments matching. */
  experiments?: ExperimentListRelationFilter | null | undefined;
  /** Only roadmaps with some, every or none of their features matching. */
  features?: FeatureListRelationFilter | null | undefined;
  /** Only roadmaps with some, every or none of their feedback matching. */
  feedback?: FeedbackListRelationFilter | null | undefined;
  /** Only roadmaps with some, every or none of their ideas matching. */
  ideas?: IdeaListRelationFilter | null | undefined;
  key?: StringFilter | null | undefined;
  /** Only roadmaps with some, every or none of their kpis matching. */
  kpis?: KpiListRelationFilter | null | undefined;
  lifecycle?: LifecycleFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only roadmaps with some, every or none of their okrs matching. */
  okrs?: OkrListRelationFilter | null | undefined;
  /** Only roadmaps with some, every or none of their releases matching. */
  releases?: ReleaseListRelationFilter | null | undefined;
  /** Only roadmaps whose team matches. */
  team?: TeamWhere | null | undefined;
  teamId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  /** Only roadmaps with some, every or none of their workItems matching. */
  workItems?: WorkItemListRelationFilter | null | undefined;
};

/** Permission level inside one organization. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

/** Conditions on a Role field. */
export type RoleFilter = {
  eq?: Role | null | undefined;
  in?: Array<Role> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: Role | null | undefined;
  notIn?: Array<Role> | null | undefined;
};

export type SearchResultType =
  | 'COMPANY'
  | 'CONTACT'
  | 'DEAL';

/** Buckets start on the UTC day, ISO week (Monday), month or quarter. */
export type SeriesBucket =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK';

/** The products a deal carries; they replace its previous line items. */
export type SetDealLineItemsInput = {
  dealId: string | number;
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Empty removes them all (the value then stays as it is and can be edited again). */
  items: Array<DealLineItemInput>;
};

export type SignUpInput = {
  email: string;
  name: string;
  organizationName: string;
  password: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** OPEN stages hold live deals; entering WON or LOST closes the deal. */
export type StageType =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Conditions on a StageType field. */
export type StageTypeFilter = {
  eq?: StageType | null | undefined;
  in?: Array<StageType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: StageType | null | undefined;
  notIn?: Array<StageType> | null | undefined;
};

/** Conditions on a text field; contains and startsWith ignore case. */
export type StringFilter = {
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** Conditions on teams; fields combine with AND. */
export type TeamWhere = {
  AND?: Array<TeamWhere> | null | undefined;
  NOT?: TeamWhere | null | undefined;
  OR?: Array<TeamWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Only teams with some, every or none of their memberships matching. */
  memberships?: MembershipListRelationFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Only teams with some, every or none of their roadmaps matching. */
  roadmaps?: RoadmapListRelationFilter | null | undefined;
};

/** Fields to change on a Activity; omitted fields stay as they are, null clears. */
export type UpdateActivityInput = {
  /** Who should do it; defaults to the owner. */
  assignedToId?: string | number | null | undefined;
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  dealId?: string | number | null | undefined;
  description?: string | null | undefined;
  dueAt?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  followUpDate?: string | null | undefined;
  outcome?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  status?: ActivityStatus | null | undefined;
  subject?: string | null | undefined;
  type?: ActivityType | null | undefined;
};

/** Fields to change on a Company; omitted fields stay as they are, null clears. */
export type UpdateCompanyInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  country?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
  employeeCount?: number | null | undefined;
  industry?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** Annual revenue in the organization currency. */
  revenue?: string | null | undefined;
  size?: CompanySize | null | undefined;
  state?: string | null | undefined;
  status?: CompanyStatus | null | undefined;
  website?: string | null | undefined;
};

/** Fields to change on a Contact; omitted fields stay as they are, null clears. */
export type UpdateContactInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  city?: string | null | undefined;
  companyId?: string | number | null | undefined;
  country?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  dateOfBirth?: string | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  isPrimary?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  lastName?: string | null | undefined;
  linkedinUrl?: string | null | undefined;
  mobile?: string | null | undefined;
  notes?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  preferredContactMethod?: ContactMethod | null | undefined;
  state?: string | null | undefined;
};

/** Fields to change on a Deal; omitted fields stay as they are, null clears. */
export type UpdateDealInput = {
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  /** ISO 4217; defaults to the organization currency. */
  currency?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  description?: string | null | undefined;
  expectedCloseDate?: string | null | undefined;
  /** Defaults to you. */
  ownerId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  /** Overrides the stage probability, 0..1. */
  probability?: number | null | undefined;
  source?: string | null | undefined;
  title?: string | null | undefined;
  value?: string | null | undefined;
};

/** Fields to change on a Document; omitted fields stay as they are, null clears. */
export type UpdateDocumentInput = {
  content?: string | null | undefined;
  roadmapId?: string | number | null | undefined;
  status?: DocumentStatus | null | undefined;
  title?: string | null | undefined;
  type?: DocumentType | null | undefined;
};

/** Fields to change on a Integration; omitted fields stay as they are, null clears. */
export type UpdateIntegrationInput = {
  /** OAuth access token; stored encrypted, never returned. */
  accessToken?: string | null | undefined;
  /** The account at the provider (organization, tenant or portal id). */
  account?: string | null | undefined;
  /** API secret; stored encrypted, never returned. */
  apiSecret?: string | null | undefined;
  expiresAt?: string | null | undefined;
  lastError?: string | null | undefined;
  /** Last successful sync. */
  lastSyncAt?: string | null | undefined;
  /** Provider-specific configuration. */
  metadata?: Record<string, unknown> | null | undefined;
  /** OAuth refresh token; stored encrypted, never returned. */
  refreshToken?: string | null | undefined;
  /** Granted scopes, space-separated. */
  scopes?: string | null | undefined;
  status?: IntegrationStatus | null | undefined;
};

export type UpdateOrganizationInput = {
  defaultCurrency?: string | null | undefined;
  industry?: string | null | undefined;
  name?: string | null | undefined;
  settings?: Record<string, unknown> | null | undefined;
};

/** Fields to change on a PipelineStage; omitted fields stay as they are, null clears. */
export type UpdatePipelineStageInput = {
  /** Hex colour, e.g. #3b82f6. */
  color?: string | null | undefined;
  description?: string | null | undefined;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  position?: number | null | undefined;
  /** 0..1 */
  probability?: number | null | undefined;
  /** Deals idle in this stage longer than this many days are flagged as rotting. */
  rottingDays?: number | null | undefined;
  type?: StageType | null | undefined;
};

/** Fields to change on a Product; omitted fields stay as they are, null clears. */
export type UpdateProductInput = {
  category?: string | null | undefined;
  /** Purchase cost, for margins. */
  cost?: string | null | undefined;
  currency?: string | null | undefined;
  /** Values of the organization’s custom fields, by key. */
  customFields?: Record<string, unknown> | null | undefined;
  description?: string | null | undefined;
  isActive?: boolean | null | undefined;
  lowStockThreshold?: number | null | undefined;
  name?: string | null | undefined;
  price?: string | null | undefined;
  /** Stock keeping unit, unique in your organization. */
  sku?: string | null | undefined;
  /** The company it is bought from. */
  supplierId?: string | number | null | undefined;
};

/** Fields to change on a Team; omitted fields stay as they are, null clears. */
export type UpdateTeamInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
};

/** What changes on a subscription; omitted fields stay. */
export type UpdateWebhookSubscriptionInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Comma-separated event types: deal.won, deal.*, *, … */
  eventTypes?: string | null | undefined;
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

/** Conditions on a to-many list of userAliases (in the trash excluded); several combine with AND. */
export type UserAliasListRelationFilter = {
  /** All of the userAliases match; true when there are none. */
  every?: UserAliasWhere | null | undefined;
  /** None of the userAliases matches; true when there are none. */
  none?: UserAliasWhere | null | undefined;
  /** At least one of the userAliases matches. */
  some?: UserAliasWhere | null | undefined;
};

/** Conditions on userAliases; fields combine with AND. */
export type UserAliasWhere = {
  AND?: Array<UserAliasWhere> | null | undefined;
  NOT?: UserAliasWhere | null | undefined;
  OR?: Array<UserAliasWhere> | null | undefined;
  alias?: StringFilter | null | undefined;
  /** Only userAliases whose contact matches. */
  contact?: ContactWhere | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  enabled?: BooleanFilter | null | undefined;
  providerAliasId?: StringFilter | null | undefined;
  shadow?: BooleanFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on users; fields combine with AND. */
export type UserWhere = {
  AND?: Array<UserWhere> | null | undefined;
  NOT?: UserWhere | null | undefined;
  OR?: Array<UserWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  email?: StringFilter | null | undefined;
  name?: StringFilter | null | undefined;
};

/** PENDING: not tried yet; RETRYING: failed, tried again at nextTryAt; DELIVERED: a 2xx answer; FAILED: every attempt failed. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'RETRYING';

/** Conditions on a to-many list of workItems (in the trash excluded); several combine with AND. */
export type WorkItemListRelationFilter = {
  /** All of the workItems match; true when there are none. */
  every?: WorkItemWhere | null | undefined;
  /** None of the workItems matches; true when there are none. */
  none?: WorkItemWhere | null | undefined;
  /** At least one of the workItems matches. */
  some?: WorkItemWhere | null | undefined;
};

export type WorkItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'IN_REVIEW'
  | 'TODO';

/** Conditions on a WorkItemStatus field. */
export type WorkItemStatusFilter = {
  eq?: WorkItemStatus | null | undefined;
  in?: Array<WorkItemStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: WorkItemStatus | null | undefined;
  notIn?: Array<WorkItemStatus> | null | undefined;
};

/** Conditions on workItems; fields combine with AND. */
export type WorkItemWhere = {
  AND?: Array<WorkItemWhere> | null | undefined;
  NOT?: WorkItemWhere | null | undefined;
  OR?: Array<WorkItemWhere> | null | undefined;
  /** Only workItems whose assignee matches. */
  assignee?: UserWhere | null | undefined;
  assigneeId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  dueDate?: DateTimeFilter | null | undefined;
  /** Only workItems whose feature matches. */
  feature?: FeatureWhere | null | undefined;
  featureId?: IdFilter | null | undefined;
  priority?: WorkPriorityFilter | null | undefined;
  /** Only workItems whose roadmap matches. */
  roadmap?: RoadmapWhere | null | undefined;
  roadmapId?: IdFilter | null | undefined;
  status?: WorkItemStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type WorkPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Conditions on a WorkPriority field. */
export type WorkPriorityFilter = {
  eq?: WorkPriority | null | undefined;
  in?: Array<WorkPriority> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: WorkPriority | null | undefined;
  notIn?: Array<WorkPriority> | null | undefined;
};

export type MyActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActivitiesQuery = { __typename: 'Query', overdue: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, open: { __typename: 'ActivityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> } };

export type TeamActivitiesQueryVariables = Exact<{
  where: ActivityWhere;
}>;


export type TeamActivitiesQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { __typename: 'Mutation', createActivity: { __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, deal: { __typename: 'Deal', id: string, nextActivityState: NextActivityState, title: string, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null } | null, assignedTo: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } } };

export type UpdateActivityMutationVariables = Exact<{
  id: string | number;
  input: UpdateActivityInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateActivityMutation = { __typename: 'Mutation', updateActivity: { __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, deal: { __typename: 'Deal', id: string, nextActivityState: NextActivityState, title: string, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null } | null, assignedTo: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } } };

export type DeleteActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteActivityMutation = { __typename: 'Mutation', deleteActivity: { __typename: 'Activity', id: string, deletedAt: string | null } };

export type WeekActivitiesQueryVariables = Exact<{
  where: ActivityWhere;
}>;


export type WeekActivitiesQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> } };

export type ActivityItemFragment = { __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } };

export type ActivityListFragment = { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> };

export type ActivityWrittenFragment = { __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, deal: { __typename: 'Deal', id: string, nextActivityState: NextActivityState, title: string, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null } | null, assignedTo: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } };

export type CompleteActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteActivityMutation = { __typename: 'Mutation', completeActivity: { __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, deal: { __typename: 'Deal', id: string, nextActivityState: NextActivityState, title: string, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null } | null, assignedTo: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } } };

export type ReopenActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenActivityMutation = { __typename: 'Mutation', reopenActivity: { __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, deal: { __typename: 'Deal', id: string, nextActivityState: NextActivityState, title: string, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null } | null, assignedTo: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } } };

export type DealNextActivityFragment = { __typename: 'Deal', id: string, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null };

export type CompanyKpisQueryVariables = Exact<{
  companyId: string | number;
  from: string;
  to: string;
  bucket: SeriesBucket;
}>;


export type CompanyKpisQuery = { __typename: 'Query', company: { __typename: 'Company', id: string, name: string } | null, financialSeries: Array<{ __typename: 'FinancialPoint', bucket: string, currency: string, records: number, revenue: { __typename: 'SeriesStat', sum: string, yearOverYear: number | null }, expenses: { __typename: 'SeriesStat', sum: string }, netProfit: { __typename: 'SeriesStat', sum: string, yearOverYear: number | null }, cashFlow: { __typename: 'SeriesStat', sum: string, last: string } }>, leadEvents: { __typename: 'LeadEventConnection', totalCount: number, nodes: Array<{ __typename: 'LeadEvent', id: string, sourceSystem: string, externalId: string, eventType: LeadEventType, stage: string, status: string, value: string | null, currency: string, occurredAt: string, deal: { __typename: 'Deal', id: string, title: string } | null }> } };

export type OrganizationKpisQueryVariables = Exact<{
  from: string;
  to: string;
  bucket: SeriesBucket;
}>;


export type OrganizationKpisQuery = { __typename: 'Query', organizationFinancials: Array<{ __typename: 'FinancialPoint', bucket: string, currency: string, records: number, revenue: { __typename: 'SeriesStat', sum: string, yearOverYear: number | null }, expenses: { __typename: 'SeriesStat', sum: string }, netProfit: { __typename: 'SeriesStat', sum: string, yearOverYear: number | null }, cashFlow: { __typename: 'SeriesStat', sum: string, last: string } }> };

export type OverdueCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueCountQuery = { __typename: 'Query', myOpenActivities: { __typename: 'ActivityConnection', totalCount: number } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptInvitation: { __typename: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, userId: string, organizationId: string | null } };

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { __typename: 'Mutation', logIn: { __typename: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, userId: string, organizationId: string | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename: 'Mutation', signUp: { __typename: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, userId: string, organizationId: string | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', me: { __typename: 'Viewer', role: Role | null, user: { __typename: 'User', id: string, name: string, email: string }, organization: { __typename: 'Organization', id: string, name: string, defaultCurrency: string } | null, memberships: Array<{ __typename: 'OrganizationMembership', role: Role, organization: { __typename: 'Organization', id: string, name: string } }> } };

export type BoardFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardFilterOptionsQuery = { __typename: 'Query', users: { __typename: 'UserConnection', nodes: Array<{ __typename: 'User', id: string, name: string }> }, teams: { __typename: 'TeamConnection', nodes: Array<{ __typename: 'Team', id: string, name: string }> } };

export type DealCardFragment = { __typename: 'Deal', id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } };

export type CreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type CreateDealMutation = { __typename: 'Mutation', createDeal: { __typename: 'Deal', pipelineId: string, id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } } };

export type BoardPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardPipelinesQuery = { __typename: 'Query', pipelines: { __typename: 'PipelineConnection', nodes: Array<{ __typename: 'Pipeline', id: string, name: string, isDefault: boolean }> } };

export type BoardQueryVariables = Exact<{
  pipelineId: string | number;
  where?: DealWhere | null | undefined;
}>;


export type BoardQuery = { __typename: 'Query', board: { __typename: 'Board', count: number, totals: Array<{ __typename: 'MoneyTotal', currency: string, count: number, value: string, weightedValue: string }>, columns: Array<{ __typename: 'BoardColumn', count: number, stage: { __typename: 'PipelineStage', id: string, name: string, color: string | null, probability: number, type: StageType, rottingDays: number | null, position: number }, totals: Array<{ __typename: 'MoneyTotal', currency: string, count: number, value: string, weightedValue: string }>, deals: { __typename: 'DealConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Deal', id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } }> } }> } };

export type BoardDealEventsSubscriptionVariables = Exact<{
  pipelineId: string | number;
}>;


export type BoardDealEventsSubscription = { __typename: 'Subscription', dealEvents: { __typename: 'DealEvent', action: string, dealId: string, at: string } };

export type BoardColumnPageQueryVariables = Exact<{
  where: DealWhere;
  after: string;
  first: number;
}>;


export type BoardColumnPageQuery = { __typename: 'Query', deals: { __typename: 'DealConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Deal', id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } }> } };

export type MoveDealMutationVariables = Exact<{
  input: MoveDealInput;
}>;


export type MoveDealMutation = { __typename: 'Mutation', moveDeal: { __typename: 'Deal', id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } } };

export type DealCardRefreshQueryVariables = Exact<{
  id: string | number;
}>;


export type DealCardRefreshQuery = { __typename: 'Query', deal: { __typename: 'Deal', id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } } | null };

export type ProductsQueryVariables = Exact<{
  where?: ProductWhere | null | undefined;
  orderBy?: Array<ProductOrderBy> | ProductOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { __typename: 'Query', products: { __typename: 'ProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Product', id: string, name: string, sku: string | null, category: string | null, price: string, currency: string, stockQuantity: number, lowStockThreshold: number, isActive: boolean }> } };

export type ProductFieldsFragment = { __typename: 'Product', id: string, version: number, name: string, sku: string | null, description: string | null, category: string | null, price: string, currency: string, cost: string | null, stockQuantity: number, lowStockThreshold: number, isActive: boolean, createdAt: string };

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductDetailQuery = { __typename: 'Query', product: { __typename: 'Product', id: string, version: number, name: string, sku: string | null, description: string | null, category: string | null, price: string, currency: string, cost: string | null, stockQuantity: number, lowStockThreshold: number, isActive: boolean, createdAt: string, inventoryAdjustments: { __typename: 'InventoryAdjustmentConnection', totalCount: number, nodes: Array<{ __typename: 'InventoryAdjustment', id: string, reason: AdjustmentReason, previousQuantity: number, adjustmentQuantity: number, newQuantity: number, notes: string | null, createdAt: string }> } } | null };

export type UpdateProductInlineMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateProductInlineMutation = { __typename: 'Mutation', updateProduct: { __typename: 'Product', id: string, version: number, name: string, sku: string | null, description: string | null, category: string | null, price: string, currency: string, cost: string | null, stockQuantity: number, lowStockThreshold: number, isActive: boolean, createdAt: string } };

export type DeleteProductMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteProductMutation = { __typename: 'Mutation', deleteProduct: { __typename: 'Product', id: string, deletedAt: string | null } };

export type CompanyFieldsFragment = { __typename: 'Company', id: string, version: number, name: string, industry: string | null, status: CompanyStatus, size: CompanySize | null, revenue: string | null, employeeCount: number | null, website: string | null, email: string | null, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, notes: string | null, updatedAt: string, owner: { __typename: 'User', id: string, name: string } | null };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { __typename: 'Mutation', createCompany: { __typename: 'Company', id: string, version: number, name: string, industry: string | null, status: CompanyStatus, size: CompanySize | null, revenue: string | null, employeeCount: number | null, website: string | null, email: string | null, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, notes: string | null, updatedAt: string, owner: { __typename: 'User', id: string, name: string } | null } };

export type UpdateCompanyMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompanyInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateCompanyMutation = { __typename: 'Mutation', updateCompany: { __typename: 'Company', id: string, version: number, name: string, industry: string | null, status: CompanyStatus, size: CompanySize | null, revenue: string | null, employeeCount: number | null, website: string | null, email: string | null, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, notes: string | null, updatedAt: string, owner: { __typename: 'User', id: string, name: string } | null } };

export type CompanyPickerQueryVariables = Exact<{
  search: string;
}>;


export type CompanyPickerQuery = { __typename: 'Query', companies: { __typename: 'CompanyConnection', nodes: Array<{ __typename: 'Company', id: string, name: string, industry: string | null }> } };

export type CompaniesQueryVariables = Exact<{
  where?: CompanyWhere | null | undefined;
  orderBy?: Array<CompanyOrderBy> | CompanyOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompaniesQuery = { __typename: 'Query', companies: { __typename: 'CompanyConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Company', id: string, name: string, industry: string | null, status: CompanyStatus, size: CompanySize | null, revenue: string | null, employeeCount: number | null, city: string | null, country: string | null, updatedAt: string, owner: { __typename: 'User', id: string, name: string } | null }> } };

export type CompanyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyDetailQuery = { __typename: 'Query', company: { __typename: 'Company', createdAt: string, id: string, version: number, name: string, industry: string | null, status: CompanyStatus, size: CompanySize | null, revenue: string | null, employeeCount: number | null, website: string | null, email: string | null, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, notes: string | null, updatedAt: string, deals: { __typename: 'DealConnection', totalCount: number, nodes: Array<{ __typename: 'Deal', id: string, title: string, value: string | null, currency: string, status: DealStatus, expectedCloseDate: string | null, stage: { __typename: 'PipelineStage', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null }> }, contacts: { __typename: 'ContactConnection', totalCount: number, nodes: Array<{ __typename: 'Contact', id: string, firstName: string, lastName: string, jobTitle: string | null, email: string | null, phone: string | null, isPrimary: boolean }> }, planned: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, history: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, owner: { __typename: 'User', id: string, name: string } | null } | null };

export type UpdateCompanyInlineMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompanyInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateCompanyInlineMutation = { __typename: 'Mutation', updateCompany: { __typename: 'Company', id: string, version: number, name: string, industry: string | null, status: CompanyStatus, size: CompanySize | null, revenue: string | null, employeeCount: number | null, website: string | null, email: string | null, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, notes: string | null, updatedAt: string, owner: { __typename: 'User', id: string, name: string } | null } };

export type DeleteCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCompanyMutation = { __typename: 'Mutation', deleteCompany: { __typename: 'Company', id: string, deletedAt: string | null } };

export type ContactFieldsFragment = { __typename: 'Contact', id: string, version: number, firstName: string, lastName: string, email: string | null, phone: string | null, mobile: string | null, jobTitle: string | null, isPrimary: boolean, preferredContactMethod: ContactMethod, linkedinUrl: string | null, city: string | null, country: string | null, notes: string | null, updatedAt: string, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { __typename: 'Mutation', createContact: { __typename: 'Contact', id: string, version: number, firstName: string, lastName: string, email: string | null, phone: string | null, mobile: string | null, jobTitle: string | null, isPrimary: boolean, preferredContactMethod: ContactMethod, linkedinUrl: string | null, city: string | null, country: string | null, notes: string | null, updatedAt: string, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null } };

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateContactMutation = { __typename: 'Mutation', updateContact: { __typename: 'Contact', id: string, version: number, firstName: string, lastName: string, email: string | null, phone: string | null, mobile: string | null, jobTitle: string | null, isPrimary: boolean, preferredContactMethod: ContactMethod, linkedinUrl: string | null, city: string | null, country: string | null, notes: string | null, updatedAt: string, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null } };

export type ContactPickerQueryVariables = Exact<{
  where: ContactWhere;
}>;


export type ContactPickerQuery = { __typename: 'Query', contacts: { __typename: 'ContactConnection', nodes: Array<{ __typename: 'Contact', id: string, firstName: string, lastName: string, email: string | null, company: { __typename: 'Company', id: string, name: string } | null }> } };

export type ContactsQueryVariables = Exact<{
  where?: ContactWhere | null | undefined;
  orderBy?: Array<ContactOrderBy> | ContactOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContactsQuery = { __typename: 'Query', contacts: { __typename: 'ContactConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Contact', id: string, firstName: string, lastName: string, email: string | null, phone: string | null, jobTitle: string | null, isPrimary: boolean, updatedAt: string, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null }> } };

export type ContactDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactDetailQuery = { __typename: 'Query', contact: { __typename: 'Contact', createdAt: string, id: string, version: number, firstName: string, lastName: string, email: string | null, phone: string | null, mobile: string | null, jobTitle: string | null, isPrimary: boolean, preferredContactMethod: ContactMethod, linkedinUrl: string | null, city: string | null, country: string | null, notes: string | null, updatedAt: string, deals: { __typename: 'DealConnection', totalCount: number, nodes: Array<{ __typename: 'Deal', id: string, title: string, value: string | null, currency: string, status: DealStatus, expectedCloseDate: string | null, stage: { __typename: 'PipelineStage', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null }> }, planned: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, history: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, loyaltyAccounts: { __typename: 'LoyaltyAccountConnection', totalCount: number, nodes: Array<{ __typename: 'LoyaltyAccount', id: string, pointsBalance: number, totalEarned: number, totalRedeemed: number, program: { __typename: 'LoyaltyProgram', id: string, name: string } | null, events: { __typename: 'LoyaltyEventConnection', totalCount: number, nodes: Array<{ __typename: 'LoyaltyEvent', id: string, eventType: LoyaltyEventType, points: number, balanceAfter: number, description: string | null, createdAt: string }> } }> }, orders: { __typename: 'OrderConnection', totalCount: number, nodes: Array<{ __typename: 'Order', id: string, orderNumber: number, status: OrderStatus, currency: string, totalAmount: string, amountPaid: string, createdAt: string, items: { __typename: 'OrderItemConnection', totalCount: number } }> } } | null };

export type UpdateContactInlineMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateContactInlineMutation = { __typename: 'Mutation', updateContact: { __typename: 'Contact', id: string, version: number, firstName: string, lastName: string, email: string | null, phone: string | null, mobile: string | null, jobTitle: string | null, isPrimary: boolean, preferredContactMethod: ContactMethod, linkedinUrl: string | null, city: string | null, country: string | null, notes: string | null, updatedAt: string, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null } };

export type DeleteContactMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteContactMutation = { __typename: 'Mutation', deleteContact: { __typename: 'Contact', id: string, deletedAt: string | null } };

export type ContactLoyaltyFragment = { __typename: 'Contact', loyaltyAccounts: { __typename: 'LoyaltyAccountConnection', totalCount: number, nodes: Array<{ __typename: 'LoyaltyAccount', id: string, pointsBalance: number, totalEarned: number, totalRedeemed: number, program: { __typename: 'LoyaltyProgram', id: string, name: string } | null, events: { __typename: 'LoyaltyEventConnection', totalCount: number, nodes: Array<{ __typename: 'LoyaltyEvent', id: string, eventType: LoyaltyEventType, points: number, balanceAfter: number, description: string | null, createdAt: string }> } }> } };

export type ContactOrdersFragment = { __typename: 'Contact', id: string, firstName: string, lastName: string, orders: { __typename: 'OrderConnection', totalCount: number, nodes: Array<{ __typename: 'Order', id: string, orderNumber: number, status: OrderStatus, currency: string, totalAmount: string, amountPaid: string, createdAt: string, items: { __typename: 'OrderItemConnection', totalCount: number } }> } };

export type DashboardQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: ReportFilter | null | undefined;
}>;


export type DashboardQuery = { __typename: 'Query', forecast: Array<{ __typename: 'ForecastMonth', month: string, currency: string, count: number, value: string, weightedValue: string }>, funnel: Array<{ __typename: 'FunnelStep', stageId: string, stageName: string, position: number, reached: number, conversionToNext: number | null, averageDaysInStage: number | null }>, wonLost: Array<{ __typename: 'WonLostRow', key: string, ownerName: string | null, currency: string, wonCount: number, wonValue: string, lostCount: number, lostValue: string, winRate: number | null }> };

export type DashboardOpenQueryVariables = Exact<{
  pipelineId: string | number;
  where?: DealWhere | null | undefined;
}>;


export type DashboardOpenQuery = { __typename: 'Query', board: { __typename: 'Board', count: number, totals: Array<{ __typename: 'MoneyTotal', currency: string, count: number, value: string, weightedValue: string }> } };

export type BulkStagesQueryVariables = Exact<{
  pipelineId: string | number;
}>;


export type BulkStagesQuery = { __typename: 'Query', pipeline: { __typename: 'Pipeline', id: string, stages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, type: StageType }> } } | null };

export type BulkUpdateDealOwnerMutationVariables = Exact<{
  id: string | number;
  ownerId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type BulkUpdateDealOwnerMutation = { __typename: 'Mutation', updateDeal: { __typename: 'Deal', id: string, version: number, owner: { __typename: 'User', id: string, name: string } | null } };

export type BulkMoveDealMutationVariables = Exact<{
  input: MoveDealInput;
}>;


export type BulkMoveDealMutation = { __typename: 'Mutation', moveDeal: { __typename: 'Deal', id: string, version: number, stageId: string, status: DealStatus, stage: { __typename: 'PipelineStage', id: string, name: string } | null } };

export type BulkDeleteDealMutationVariables = Exact<{
  id: string | number;
}>;


export type BulkDeleteDealMutation = { __typename: 'Mutation', deleteDeal: { __typename: 'Deal', id: string, deletedAt: string | null } };

export type DealDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DealDetailQuery = { __typename: 'Query', deal: { __typename: 'Deal', description: string | null, source: string | null, priority: Priority, createdAt: string, updatedAt: string, weightedValue: string | null, effectiveProbability: number, pipelineId: string, id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string, email: string | null, phone: string | null } | null, pipeline: { __typename: 'Pipeline', id: string, name: string, stages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, type: StageType, probability: number, color: string | null }> } } | null, stageChanges: { __typename: 'DealStageChangeConnection', nodes: Array<{ __typename: 'DealStageChange', id: string, createdAt: string, fromStageEnteredAt: string | null, toStatus: DealStatus, fromStage: { __typename: 'PipelineStage', id: string, name: string } | null, toStage: { __typename: 'PipelineStage', id: string, name: string } | null, changedBy: { __typename: 'User', id: string, name: string } | null }> }, planned: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, history: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, version: number, type: ActivityType, subject: string, description: string | null, status: ActivityStatus, dueAt: string | null, completedAt: string | null, durationMinutes: number | null, outcome: string | null, priority: Priority, createdAt: string, assignedTo: { __typename: 'User', id: string, name: string } | null, deal: { __typename: 'Deal', id: string, title: string } | null, company: { __typename: 'Company', id: string, name: string } | null, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, viewerCan: { __typename: 'ActivityPermissions', update: boolean, delete: boolean } }> }, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean, setDealLineItems: boolean }, lineItems: { __typename: 'DealLineItemConnection', totalCount: number, nodes: Array<{ __typename: 'DealLineItem', id: string, quantity: number, unitPrice: string, discountAmount: string, lineTotal: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> } } | null };

export type UpdateDealMutationVariables = Exact<{
  id: string | number;
  input: UpdateDealInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateDealMutation = { __typename: 'Mutation', updateDeal: { __typename: 'Deal', description: string | null, source: string | null, priority: Priority, updatedAt: string, weightedValue: string | null, effectiveProbability: number, id: string, version: number, title: string, value: string | null, currency: string, probability: number | null, expectedCloseDate: string | null, daysInStage: number, isRotting: boolean, status: DealStatus, stageId: string, stageEnteredAt: string, closedAt: string | null, lostReason: string | null, nextActivityState: NextActivityState, contact: { __typename: 'Contact', id: string, firstName: string, lastName: string, email: string | null, phone: string | null } | null, nextActivity: { __typename: 'Activity', id: string, subject: string, dueAt: string | null, type: ActivityType } | null, company: { __typename: 'Company', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } } };

export type DeleteDealMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDealMutation = { __typename: 'Mutation', deleteDeal: { __typename: 'Deal', id: string, deletedAt: string | null } };

export type DealProductsFragment = { __typename: 'Deal', id: string, version: number, value: string | null, currency: string, viewerCan: { __typename: 'DealPermissions', setDealLineItems: boolean }, lineItems: { __typename: 'DealLineItemConnection', totalCount: number, nodes: Array<{ __typename: 'DealLineItem', id: string, quantity: number, unitPrice: string, discountAmount: string, lineTotal: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> } };

export type SetDealLineItemsMutationVariables = Exact<{
  input: SetDealLineItemsInput;
}>;


export type SetDealLineItemsMutation = { __typename: 'Mutation', setDealLineItems: { __typename: 'Deal', weightedValue: string | null, updatedAt: string, id: string, version: number, value: string | null, currency: string, viewerCan: { __typename: 'DealPermissions', setDealLineItems: boolean }, lineItems: { __typename: 'DealLineItemConnection', totalCount: number, nodes: Array<{ __typename: 'DealLineItem', id: string, quantity: number, unitPrice: string, discountAmount: string, lineTotal: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> } } };

export type DealProductPickerQueryVariables = Exact<{
  where: ProductWhere;
}>;


export type DealProductPickerQuery = { __typename: 'Query', products: { __typename: 'ProductConnection', nodes: Array<{ __typename: 'Product', id: string, name: string, sku: string | null, price: string, currency: string }> } };

export type PipelineStagesForMoveQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineStagesForMoveQuery = { __typename: 'Query', pipelines: { __typename: 'PipelineConnection', nodes: Array<{ __typename: 'Pipeline', id: string, name: string, stages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, type: StageType }> } }> } };

export type MoveDealToPipelineMutationVariables = Exact<{
  input: MoveDealToPipelineInput;
}>;


export type MoveDealToPipelineMutation = { __typename: 'Mutation', moveDealToPipeline: { __typename: 'Deal', id: string, version: number, stageId: string, status: DealStatus, pipeline: { __typename: 'Pipeline', id: string, name: string } | null } };

export type DefaultPipelineStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultPipelineStagesQuery = { __typename: 'Query', pipelines: { __typename: 'PipelineConnection', nodes: Array<{ __typename: 'Pipeline', id: string, isDefault: boolean, stages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, type: StageType }> } }> } };

export type DealsListQueryVariables = Exact<{
  where?: DealWhere | null | undefined;
  orderBy?: Array<DealOrderBy> | DealOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DealsListQuery = { __typename: 'Query', deals: { __typename: 'DealConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Deal', id: string, version: number, title: string, value: string | null, currency: string, status: DealStatus, expectedCloseDate: string | null, updatedAt: string, pipelineId: string, stage: { __typename: 'PipelineStage', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null, viewerCan: { __typename: 'DealPermissions', update: boolean, delete: boolean, moveDeal: boolean } }> } };

export type RelatedDealsFragment = { __typename: 'DealConnection', totalCount: number, nodes: Array<{ __typename: 'Deal', id: string, title: string, value: string | null, currency: string, status: DealStatus, expectedCloseDate: string | null, stage: { __typename: 'PipelineStage', id: string, name: string } | null, owner: { __typename: 'User', id: string, name: string } | null, company: { __typename: 'Company', id: string, name: string } | null }> };

export type OrderProductPickerQueryVariables = Exact<{
  where: ProductWhere;
}>;


export type OrderProductPickerQuery = { __typename: 'Query', products: { __typename: 'ProductConnection', nodes: Array<{ __typename: 'Product', id: string, name: string, sku: string | null, price: string, currency: string, stockQuantity: number }> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { __typename: 'Mutation', placeOrder: { __typename: 'Order', id: string, version: number, orderNumber: number, status: OrderStatus, nextStatuses: Array<OrderStatus>, currency: string, subtotalAmount: string, discountAmount: string, taxAmount: string, totalAmount: string, amountPaid: string, balanceDue: string, paidAt: string | null, notes: string | null, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, createdBy: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'OrderPermissions', changeOrderStatus: boolean, recordPayment: boolean, refundPayment: boolean }, items: { __typename: 'OrderItemConnection', totalCount: number, nodes: Array<{ __typename: 'OrderItem', id: string, quantity: number, unitPrice: string, lineTotal: string, currency: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> }, payments: { __typename: 'PaymentConnection', totalCount: number, nodes: Array<{ __typename: 'Payment', id: string, amount: string, refundedAmount: string, currency: string, paymentMethod: PaymentMethod, status: PaymentStatus, createdAt: string }> }, deliveries: { __typename: 'DeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'Delivery', id: string, recipientName: string, deliveryMethod: DeliveryMethod, status: DeliveryStatus, trackingNumber: string | null, estimatedDelivery: string | null, actualDelivery: string | null }> } } };

export type ChangeOrderStatusMutationVariables = Exact<{
  input: ChangeOrderStatusInput;
}>;


export type ChangeOrderStatusMutation = { __typename: 'Mutation', changeOrderStatus: { __typename: 'Order', id: string, version: number, orderNumber: number, status: OrderStatus, nextStatuses: Array<OrderStatus>, currency: string, subtotalAmount: string, discountAmount: string, taxAmount: string, totalAmount: string, amountPaid: string, balanceDue: string, paidAt: string | null, notes: string | null, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, createdBy: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'OrderPermissions', changeOrderStatus: boolean, recordPayment: boolean, refundPayment: boolean }, items: { __typename: 'OrderItemConnection', totalCount: number, nodes: Array<{ __typename: 'OrderItem', id: string, quantity: number, unitPrice: string, lineTotal: string, currency: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> }, payments: { __typename: 'PaymentConnection', totalCount: number, nodes: Array<{ __typename: 'Payment', id: string, amount: string, refundedAmount: string, currency: string, paymentMethod: PaymentMethod, status: PaymentStatus, createdAt: string }> }, deliveries: { __typename: 'DeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'Delivery', id: string, recipientName: string, deliveryMethod: DeliveryMethod, status: DeliveryStatus, trackingNumber: string | null, estimatedDelivery: string | null, actualDelivery: string | null }> } } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { __typename: 'Mutation', recordPayment: { __typename: 'Order', id: string, version: number, orderNumber: number, status: OrderStatus, nextStatuses: Array<OrderStatus>, currency: string, subtotalAmount: string, discountAmount: string, taxAmount: string, totalAmount: string, amountPaid: string, balanceDue: string, paidAt: string | null, notes: string | null, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, createdBy: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'OrderPermissions', changeOrderStatus: boolean, recordPayment: boolean, refundPayment: boolean }, items: { __typename: 'OrderItemConnection', totalCount: number, nodes: Array<{ __typename: 'OrderItem', id: string, quantity: number, unitPrice: string, lineTotal: string, currency: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> }, payments: { __typename: 'PaymentConnection', totalCount: number, nodes: Array<{ __typename: 'Payment', id: string, amount: string, refundedAmount: string, currency: string, paymentMethod: PaymentMethod, status: PaymentStatus, createdAt: string }> }, deliveries: { __typename: 'DeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'Delivery', id: string, recipientName: string, deliveryMethod: DeliveryMethod, status: DeliveryStatus, trackingNumber: string | null, estimatedDelivery: string | null, actualDelivery: string | null }> } } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { __typename: 'Mutation', refundPayment: { __typename: 'Order', id: string, version: number, orderNumber: number, status: OrderStatus, nextStatuses: Array<OrderStatus>, currency: string, subtotalAmount: string, discountAmount: string, taxAmount: string, totalAmount: string, amountPaid: string, balanceDue: string, paidAt: string | null, notes: string | null, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, createdBy: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'OrderPermissions', changeOrderStatus: boolean, recordPayment: boolean, refundPayment: boolean }, items: { __typename: 'OrderItemConnection', totalCount: number, nodes: Array<{ __typename: 'OrderItem', id: string, quantity: number, unitPrice: string, lineTotal: string, currency: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> }, payments: { __typename: 'PaymentConnection', totalCount: number, nodes: Array<{ __typename: 'Payment', id: string, amount: string, refundedAmount: string, currency: string, paymentMethod: PaymentMethod, status: PaymentStatus, createdAt: string }> }, deliveries: { __typename: 'DeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'Delivery', id: string, recipientName: string, deliveryMethod: DeliveryMethod, status: DeliveryStatus, trackingNumber: string | null, estimatedDelivery: string | null, actualDelivery: string | null }> } } };

export type OrdersQueryVariables = Exact<{
  where?: OrderWhere | null | undefined;
  orderBy?: Array<OrderOrderBy> | OrderOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrdersQuery = { __typename: 'Query', orders: { __typename: 'OrderConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Order', id: string, orderNumber: number, status: OrderStatus, currency: string, totalAmount: string, amountPaid: string, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null }> } };

export type OrderDetailFragment = { __typename: 'Order', id: string, version: number, orderNumber: number, status: OrderStatus, nextStatuses: Array<OrderStatus>, currency: string, subtotalAmount: string, discountAmount: string, taxAmount: string, totalAmount: string, amountPaid: string, balanceDue: string, paidAt: string | null, notes: string | null, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, createdBy: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'OrderPermissions', changeOrderStatus: boolean, recordPayment: boolean, refundPayment: boolean }, items: { __typename: 'OrderItemConnection', totalCount: number, nodes: Array<{ __typename: 'OrderItem', id: string, quantity: number, unitPrice: string, lineTotal: string, currency: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> }, payments: { __typename: 'PaymentConnection', totalCount: number, nodes: Array<{ __typename: 'Payment', id: string, amount: string, refundedAmount: string, currency: string, paymentMethod: PaymentMethod, status: PaymentStatus, createdAt: string }> }, deliveries: { __typename: 'DeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'Delivery', id: string, recipientName: string, deliveryMethod: DeliveryMethod, status: DeliveryStatus, trackingNumber: string | null, estimatedDelivery: string | null, actualDelivery: string | null }> } };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { __typename: 'Query', order: { __typename: 'Order', id: string, version: number, orderNumber: number, status: OrderStatus, nextStatuses: Array<OrderStatus>, currency: string, subtotalAmount: string, discountAmount: string, taxAmount: string, totalAmount: string, amountPaid: string, balanceDue: string, paidAt: string | null, notes: string | null, createdAt: string, customer: { __typename: 'Contact', id: string, firstName: string, lastName: string } | null, createdBy: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'OrderPermissions', changeOrderStatus: boolean, recordPayment: boolean, refundPayment: boolean }, items: { __typename: 'OrderItemConnection', totalCount: number, nodes: Array<{ __typename: 'OrderItem', id: string, quantity: number, unitPrice: string, lineTotal: string, currency: string, product: { __typename: 'Product', id: string, name: string, sku: string | null } | null }> }, payments: { __typename: 'PaymentConnection', totalCount: number, nodes: Array<{ __typename: 'Payment', id: string, amount: string, refundedAmount: string, currency: string, paymentMethod: PaymentMethod, status: PaymentStatus, createdAt: string }> }, deliveries: { __typename: 'DeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'Delivery', id: string, recipientName: string, deliveryMethod: DeliveryMethod, status: DeliveryStatus, trackingNumber: string | null, estimatedDelivery: string | null, actualDelivery: string | null }> } } | null };

export type DocumentEditorFieldsFragment = { __typename: 'Document', id: string, version: number, title: string, content: string, type: DocumentType, status: DocumentStatus, revision: number, updatedAt: string, author: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DocumentPermissions', update: boolean, restoreDocumentVersion: boolean } };

export type DocumentEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentEditorQuery = { __typename: 'Query', document: { __typename: 'Document', id: string, version: number, title: string, content: string, type: DocumentType, status: DocumentStatus, revision: number, updatedAt: string, versions: { __typename: 'DocumentVersionConnection', totalCount: number, nodes: Array<{ __typename: 'DocumentVersion', id: string, revision: number, title: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null }> }, author: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DocumentPermissions', update: boolean, restoreDocumentVersion: boolean } } | null };

export type DocumentVersionQueryVariables = Exact<{
  documentId: string | number;
  revision: number;
}>;


export type DocumentVersionQuery = { __typename: 'Query', documentVersions: { __typename: 'DocumentVersionConnection', nodes: Array<{ __typename: 'DocumentVersion', id: string, revision: number, title: string, content: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null }> } };

export type SaveDocumentMutationVariables = Exact<{
  id: string | number;
  input: UpdateDocumentInput;
  expectedVersion?: number | null | undefined;
}>;


export type SaveDocumentMutation = { __typename: 'Mutation', updateDocument: { __typename: 'Document', id: string, version: number, title: string, content: string, type: DocumentType, status: DocumentStatus, revision: number, updatedAt: string, author: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DocumentPermissions', update: boolean, restoreDocumentVersion: boolean } } };

export type RestoreDocumentVersionMutationVariables = Exact<{
  documentId: string | number;
  revision: number;
}>;


export type RestoreDocumentVersionMutation = { __typename: 'Mutation', restoreDocumentVersion: { __typename: 'Document', id: string, version: number, title: string, content: string, type: DocumentType, status: DocumentStatus, revision: number, updatedAt: string, author: { __typename: 'User', id: string, name: string } | null, viewerCan: { __typename: 'DocumentPermissions', update: boolean, restoreDocumentVersion: boolean } } };

export type IdeaCardFragment = { __typename: 'Idea', id: string, title: string, status: IdeaStatus, riceScore: number, iceScore: number, wsjfScore: number, version: number, demand: { __typename: 'Demand', customers: number } };

export type IdeasBoardQueryVariables = Exact<{
  roadmapId: string | number;
  orderBy?: Array<IdeaOrderBy> | IdeaOrderBy | null | undefined;
}>;


export type IdeasBoardQuery = { __typename: 'Query', ideas: { __typename: 'IdeaConnection', totalCount: number, nodes: Array<{ __typename: 'Idea', id: string, title: string, status: IdeaStatus, riceScore: number, iceScore: number, wsjfScore: number, version: number, demand: { __typename: 'Demand', customers: number } }> } };

export type ChangeIdeaStatusMutationVariables = Exact<{
  id: string | number;
  status: IdeaStatus;
  expectedVersion?: number | null | undefined;
}>;


export type ChangeIdeaStatusMutation = { __typename: 'Mutation', changeIdeaStatus: { __typename: 'Idea', id: string, title: string, status: IdeaStatus, riceScore: number, iceScore: number, wsjfScore: number, version: number, demand: { __typename: 'Demand', customers: number } } };

export type OkrsQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type OkrsQuery = { __typename: 'Query', okrs: { __typename: 'OkrConnection', totalCount: number, nodes: Array<{ __typename: 'Okr', id: string, title: string, description: string | null, quarter: string, status: OkrStatus, progress: number, owner: { __typename: 'User', id: string, name: string } | null, keyResults: { __typename: 'KeyResultConnection', totalCount: number, nodes: Array<{ __typename: 'KeyResult', id: string, title: string, unit: string, startValue: number, targetValue: number, currentValue: number, progress: number, version: number, viewerCan: { __typename: 'KeyResultPermissions', updateKeyResultProgress: boolean } }> } }> } };

export type UpdateKeyResultProgressMutationVariables = Exact<{
  id: string | number;
  currentValue: number;
}>;


export type UpdateKeyResultProgressMutation = { __typename: 'Mutation', updateKeyResultProgress: { __typename: 'KeyResult', id: string, currentValue: number, progress: number, version: number, okr: { __typename: 'Okr', id: string, progress: number } | null } };

export type RoadmapFeatureFragment = { __typename: 'Feature', id: string, title: string, status: FeatureStatus, priority: WorkPriority, version: number, epic: { __typename: 'Epic', id: string, title: string, status: EpicStatus } | null, viewerCan: { __typename: 'FeaturePermissions', moveFeatureToRelease: boolean } };

export type RoadmapViewQueryVariables = Exact<{
  roadmapId: string | number;
}>;


export type RoadmapViewQuery = { __typename: 'Query', releases: { __typename: 'ReleaseConnection', nodes: Array<{ __typename: 'Release', id: string, name: string, versionNumber: string, status: ReleaseStatus, targetDate: string | null, featureLinks: { __typename: 'ReleaseFeatureConnection', totalCount: number, nodes: Array<{ __typename: 'ReleaseFeature', id: string, feature: { __typename: 'Feature', id: string, title: string, status: FeatureStatus, priority: WorkPriority, version: number, epic: { __typename: 'Epic', id: string, title: string, status: EpicStatus } | null, viewerCan: { __typename: 'FeaturePermissions', moveFeatureToRelease: boolean } } | null }> } }> }, unscheduled: { __typename: 'FeatureConnection', totalCount: number, nodes: Array<{ __typename: 'Feature', id: string, title: string, status: FeatureStatus, priority: WorkPriority, version: number, epic: { __typename: 'Epic', id: string, title: string, status: EpicStatus } | null, viewerCan: { __typename: 'FeaturePermissions', moveFeatureToRelease: boolean } }> } };

export type MoveFeatureToReleaseMutationVariables = Exact<{
  featureId: string | number;
  fromReleaseId?: string | number | null | undefined;
  toReleaseId?: string | number | null | undefined;
}>;


export type MoveFeatureToReleaseMutation = { __typename: 'Mutation', moveFeatureToRelease: { __typename: 'Feature', id: string, version: number } };

export type DocumentsQueryVariables = Exact<{
  where?: DocumentWhere | null | undefined;
  orderBy?: Array<DocumentOrderBy> | DocumentOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentsQuery = { __typename: 'Query', documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Document', id: string, title: string, type: DocumentType, status: DocumentStatus, revision: number, updatedAt: string, author: { __typename: 'User', id: string, name: string } | null }> } };

export type CreateDocumentMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type CreateDocumentMutation = { __typename: 'Mutation', createDocument: { __typename: 'Document', id: string, title: string, revision: number } };

export type IdeaRoadmapsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdeaRoadmapsQuery = { __typename: 'Query', roadmaps: { __typename: 'RoadmapConnection', nodes: Array<{ __typename: 'Roadmap', id: string, name: string, key: string }> } };

export type RecordHistoryQueryVariables = Exact<{
  where?: AuditLogWhere | null | undefined;
}>;


export type RecordHistoryQuery = { __typename: 'Query', auditLogs: { __typename: 'AuditLogConnection', nodes: Array<{ __typename: 'AuditLog', id: string, action: string, createdAt: string, oldValues: Record<string, unknown> | null, newValues: Record<string, unknown> | null, actor: { __typename: 'User', id: string, name: string } | null }> } };

export type ImportStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportStagesQuery = { __typename: 'Query', pipelines: { __typename: 'PipelineConnection', nodes: Array<{ __typename: 'Pipeline', id: string, name: string, isDefault: boolean, stages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, type: StageType }> } }> } };

export type GlobalSearchQueryVariables = Exact<{
  query: string;
}>;


export type GlobalSearchQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', id: string, type: SearchResultType, title: string, subtitle: string | null, rank: number }> };

export type SettingsApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApiKeysQuery = { __typename: 'Query', apiKeys: { __typename: 'ApiKeyConnection', nodes: Array<{ __typename: 'ApiKey', id: string, name: string, prefix: string, role: Role, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, registeredOperationsOnly: boolean, createdBy: { __typename: 'User', id: string, name: string } | null }> } };

export type SettingsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SettingsCreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'ApiKeyWithSecret', key: string, apiKey: { __typename: 'ApiKey', id: string, name: string, prefix: string } } };

export type SettingsRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsRevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'ApiKey', id: string, revokedAt: string | null } };

export type SettingsCustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCustomFieldsQuery = { __typename: 'Query', customFieldDefinitions: { __typename: 'CustomFieldDefinitionConnection', nodes: Array<{ __typename: 'CustomFieldDefinition', id: string, entityType: string, key: string, label: string, type: CustomFieldType, options: Array<string>, required: boolean, position: number }> } };

export type SettingsCreateCustomFieldMutationVariables = Exact<{
  input: CreateCustomFieldDefinitionInput;
}>;


export type SettingsCreateCustomFieldMutation = { __typename: 'Mutation', createCustomFieldDefinition: { __typename: 'CustomFieldDefinition', id: string, key: string } };

export type SettingsDeleteCustomFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsDeleteCustomFieldMutation = { __typename: 'Mutation', deleteCustomFieldDefinition: { __typename: 'CustomFieldDefinition', id: string, deletedAt: string | null } };

export type SettingsIntegrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsIntegrationsQuery = { __typename: 'Query', integrations: { __typename: 'IntegrationConnection', nodes: Array<{ __typename: 'Integration', id: string, provider: string, account: string, scopes: string | null, status: IntegrationStatus, hasAccessToken: boolean, hasRefreshToken: boolean, hasApiSecret: boolean, accessTokenLast4: string | null, lastSyncAt: string | null, lastError: string | null }> } };

export type SettingsCreateIntegrationMutationVariables = Exact<{
  input: CreateIntegrationInput;
}>;


export type SettingsCreateIntegrationMutation = { __typename: 'Mutation', createIntegration: { __typename: 'Integration', id: string, provider: string, status: IntegrationStatus, hasAccessToken: boolean, accessTokenLast4: string | null } };

export type SettingsUpdateIntegrationMutationVariables = Exact<{
  id: string | number;
  input: UpdateIntegrationInput;
}>;


export type SettingsUpdateIntegrationMutation = { __typename: 'Mutation', updateIntegration: { __typename: 'Integration', id: string, hasAccessToken: boolean, hasRefreshToken: boolean, hasApiSecret: boolean, accessTokenLast4: string | null } };

export type SettingsDeleteIntegrationMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsDeleteIntegrationMutation = { __typename: 'Mutation', deleteIntegration: { __typename: 'Integration', id: string } };

export type SettingsMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsMembersQuery = { __typename: 'Query', memberships: { __typename: 'MembershipConnection', nodes: Array<{ __typename: 'Membership', id: string, role: Role, userId: string, teamId: string | null, user: { __typename: 'User', id: string, name: string, email: string } | null, team: { __typename: 'Team', id: string, name: string } | null }> }, invitations: { __typename: 'InvitationConnection', nodes: Array<{ __typename: 'Invitation', id: string, email: string, role: Role, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null }> }, teams: { __typename: 'TeamConnection', nodes: Array<{ __typename: 'Team', id: string, name: string }> } };

export type SettingsInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type SettingsInviteMutation = { __typename: 'Mutation', inviteMember: { __typename: 'InvitationWithToken', token: string, invitation: { __typename: 'Invitation', id: string, email: string, role: Role, expiresAt: string } } };

export type SettingsRevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsRevokeInvitationMutation = { __typename: 'Mutation', revokeInvitation: { __typename: 'Invitation', id: string, revokedAt: string | null } };

export type SettingsChangeRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type SettingsChangeRoleMutation = { __typename: 'Mutation', changeMemberRole: { __typename: 'Membership', id: string, role: Role } };

export type SettingsSetTeamMutationVariables = Exact<{
  userId: string | number;
  teamId?: string | number | null | undefined;
}>;


export type SettingsSetTeamMutation = { __typename: 'Mutation', setMemberTeam: { __typename: 'Membership', id: string, teamId: string | null, team: { __typename: 'Team', id: string, name: string } | null } };

export type SettingsRemoveMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type SettingsRemoveMemberMutation = { __typename: 'Mutation', removeMember: { __typename: 'Membership', id: string } };

export type SettingsOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsOrganizationQuery = { __typename: 'Query', organization: { __typename: 'Organization', id: string, name: string, defaultCurrency: string, industry: string | null, settings: Record<string, unknown> } };

export type SettingsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type SettingsUpdateOrganizationMutation = { __typename: 'Mutation', updateOrganization: { __typename: 'Organization', id: string, name: string, defaultCurrency: string, industry: string | null, settings: Record<string, unknown> } };

export type SettingsPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPipelinesQuery = { __typename: 'Query', pipelines: { __typename: 'PipelineConnection', nodes: Array<{ __typename: 'Pipeline', id: string, name: string, isDefault: boolean, position: number, version: number, stages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, position: number, probability: number, color: string | null, type: StageType, rottingDays: number | null, version: number }> } }> } };

export type SettingsCreatePipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type SettingsCreatePipelineMutation = { __typename: 'Mutation', createPipeline: { __typename: 'Pipeline', id: string, name: string } };

export type SettingsCreateStageMutationVariables = Exact<{
  input: CreatePipelineStageInput;
}>;


export type SettingsCreateStageMutation = { __typename: 'Mutation', createPipelineStage: { __typename: 'PipelineStage', id: string, name: string } };

export type SettingsUpdateStageMutationVariables = Exact<{
  id: string | number;
  input: UpdatePipelineStageInput;
  expectedVersion?: number | null | undefined;
}>;


export type SettingsUpdateStageMutation = { __typename: 'Mutation', updatePipelineStage: { __typename: 'PipelineStage', id: string, name: string, position: number, probability: number, color: string | null, type: StageType, rottingDays: number | null, version: number } };

export type SettingsDeleteStageMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsDeleteStageMutation = { __typename: 'Mutation', deletePipelineStage: { __typename: 'PipelineStage', id: string, deletedAt: string | null } };

export type SettingsTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsTeamsQuery = { __typename: 'Query', teams: { __typename: 'TeamConnection', nodes: Array<{ __typename: 'Team', id: string, name: string, description: string | null, version: number, memberships: { __typename: 'MembershipConnection', totalCount: number } }> } };

export type SettingsCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type SettingsCreateTeamMutation = { __typename: 'Mutation', createTeam: { __typename: 'Team', id: string, name: string } };

export type SettingsUpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
  expectedVersion?: number | null | undefined;
}>;


export type SettingsUpdateTeamMutation = { __typename: 'Mutation', updateTeam: { __typename: 'Team', id: string, name: string, description: string | null, version: number } };

export type SettingsDeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsDeleteTeamMutation = { __typename: 'Mutation', deleteTeam: { __typename: 'Team', id: string, deletedAt: string | null } };

export type SettingsTrashQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsTrashQuery = { __typename: 'Query', companies: { __typename: 'CompanyConnection', nodes: Array<{ __typename: 'Company', id: string, name: string, deletedAt: string | null }> }, contacts: { __typename: 'ContactConnection', nodes: Array<{ __typename: 'Contact', id: string, firstName: string, lastName: string, deletedAt: string | null }> }, deals: { __typename: 'DealConnection', nodes: Array<{ __typename: 'Deal', id: string, title: string, deletedAt: string | null }> }, pipelineStages: { __typename: 'PipelineStageConnection', nodes: Array<{ __typename: 'PipelineStage', id: string, name: string, deletedAt: string | null, pipeline: { __typename: 'Pipeline', id: string, name: string } | null }> }, teams: { __typename: 'TeamConnection', nodes: Array<{ __typename: 'Team', id: string, name: string, deletedAt: string | null }> } };

export type TrashRestoreCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type TrashRestoreCompanyMutation = { __typename: 'Mutation', restoreCompany: { __typename: 'Company', id: string, deletedAt: string | null } };

export type TrashRestoreContactMutationVariables = Exact<{
  id: string | number;
}>;


export type TrashRestoreContactMutation = { __typename: 'Mutation', restoreContact: { __typename: 'Contact', id: string, deletedAt: string | null } };

export type TrashRestoreDealMutationVariables = Exact<{
  id: string | number;
}>;


export type TrashRestoreDealMutation = { __typename: 'Mutation', restoreDeal: { __typename: 'Deal', id: string, deletedAt: string | null } };

export type TrashRestoreStageMutationVariables = Exact<{
  id: string | number;
}>;


export type TrashRestoreStageMutation = { __typename: 'Mutation', restorePipelineStage: { __typename: 'PipelineStage', id: string, deletedAt: string | null } };

export type TrashRestoreTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type TrashRestoreTeamMutation = { __typename: 'Mutation', restoreTeam: { __typename: 'Team', id: string, deletedAt: string | null } };

export type SettingsWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsWebhooksQuery = { __typename: 'Query', webhookSubscriptions: { __typename: 'WebhookSubscriptionConnection', nodes: Array<{ __typename: 'WebhookSubscription', id: string, url: string, eventTypes: string, description: string | null, active: boolean, secretHint: string, createdAt: string }> }, webhookDeliveries: { __typename: 'WebhookDeliveryConnection', nodes: Array<{ __typename: 'WebhookDelivery', id: string, eventType: string, status: WebhookDeliveryStatus, responseCode: number | null, attempts: number, nextTryAt: string | null, lastError: string | null, deliveredAt: string | null, createdAt: string, subscription: { __typename: 'WebhookSubscription', id: string, url: string } | null }> } };

export type SettingsCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type SettingsCreateWebhookMutation = { __typename: 'Mutation', createWebhookSubscription: { __typename: 'WebhookSubscriptionWithSecret', secret: string, subscription: { __typename: 'WebhookSubscription', id: string, url: string } } };

export type SettingsUpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookSubscriptionInput;
}>;


export type SettingsUpdateWebhookMutation = { __typename: 'Mutation', updateWebhookSubscription: { __typename: 'WebhookSubscription', id: string, active: boolean } };

export type SettingsRotateWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsRotateWebhookMutation = { __typename: 'Mutation', rotateWebhookSecret: { __typename: 'WebhookSubscriptionWithSecret', secret: string, subscription: { __typename: 'WebhookSubscription', id: string, url: string, secretHint: string } } };

export type SettingsTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsTestWebhookMutation = { __typename: 'Mutation', testWebhook: { __typename: 'WebhookDelivery', id: string } };

export type SettingsDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsDeleteWebhookMutation = { __typename: 'Mutation', deleteWebhookSubscription: { __typename: 'WebhookSubscription', id: string } };

export type SettingsRedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsRedeliverWebhookMutation = { __typename: 'Mutation', redeliverWebhook: { __typename: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus } };

export const ActivityItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<ActivityItemFragment, unknown>;
export const ActivityListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<ActivityListFragment, unknown>;
export const ActivityWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<ActivityWrittenFragment, unknown>;
export const DealNextActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealNextActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<DealNextActivityFragment, unknown>;
export const DealCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<DealCardFragment, unknown>;
export const ProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const CompanyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompanyFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactFieldsFragment, unknown>;
export const ContactLoyaltyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLoyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalEarned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactLoyaltyFragment, unknown>;
export const ContactOrdersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOrders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactOrdersFragment, unknown>;
export const DealProductsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealProducts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDealLineItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealProductsFragment, unknown>;
export const RelatedDealsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedDeals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RelatedDealsFragment, unknown>;
export const OrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"actualDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const DocumentEditorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"restoreDocumentVersion"}}]}}]}}]} as unknown as DocumentNode<DocumentEditorFieldsFragment, unknown>;
export const IdeaCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riceScore"}},{"kind":"Field","name":{"kind":"Name","value":"iceScore"}},{"kind":"Field","name":{"kind":"Name","value":"wsjfScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]} as unknown as DocumentNode<IdeaCardFragment, unknown>;
export const RoadmapFeatureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"epic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFeatureToRelease"}}]}}]}}]} as unknown as DocumentNode<RoadmapFeatureFragment, unknown>;
export const MyActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"myOpenActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"myOpenActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<MyActivitiesQuery, MyActivitiesQueryVariables>;
export const TeamActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityWhere"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<TeamActivitiesQuery, TeamActivitiesQueryVariables>;
export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityWritten"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityWritten"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const DeleteActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteActivityMutation, DeleteActivityMutationVariables>;
export const WeekActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityWhere"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<WeekActivitiesQuery, WeekActivitiesQueryVariables>;
export const CompleteActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityWritten"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteActivityMutation, CompleteActivityMutationVariables>;
export const ReopenActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityWritten"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenActivityMutation, ReopenActivityMutationVariables>;
export const CompanyKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesBucket"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netProfit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companyId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"OCCURRED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyKpisQuery, CompanyKpisQueryVariables>;
export const OrganizationKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesBucket"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationFinancials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netProfit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationKpisQuery, OrganizationKpisQueryVariables>;
export const OverdueCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOpenActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OverdueCountQuery, OverdueCountQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const BoardFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardFilterOptionsQuery, BoardFilterOptionsQueryVariables>;
export const CreateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<CreateDealMutation, CreateDealMutationVariables>;
export const BoardPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<BoardPipelinesQuery, BoardPipelinesQueryVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardDealEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardDealEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<BoardDealEventsSubscription, BoardDealEventsSubscriptionVariables>;
export const BoardColumnPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardColumnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealWhere"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<BoardColumnPageQuery, BoardColumnPageQueryVariables>;
export const MoveDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<MoveDealMutation, MoveDealMutationVariables>;
export const DealCardRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealCardRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<DealCardRefreshQuery, DealCardRefreshQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const ProductDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryAdjustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"previousQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"newQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const UpdateProductInlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProductInline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateProductInlineMutation, UpdateProductInlineMutationVariables>;
export const DeleteProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteProductMutation, DeleteProductMutationVariables>;
export const CreateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const UpdateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const CompanyPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyPickerQuery, CompanyPickerQueryVariables>;
export const CompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Companies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompaniesQuery, CompaniesQueryVariables>;
export const CompanyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedDeals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"planned"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityList"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COMPLETED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityList"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedDeals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}}]} as unknown as DocumentNode<CompanyDetailQuery, CompanyDetailQueryVariables>;
export const UpdateCompanyInlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompanyInline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateCompanyInlineMutation, UpdateCompanyInlineMutationVariables>;
export const DeleteCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteCompanyMutation, DeleteCompanyMutationVariables>;
export const CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const ContactPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactWhere"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactPickerQuery, ContactPickerQueryVariables>;
export const ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const ContactDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedDeals"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"planned"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityList"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COMPLETED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityList"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactLoyalty"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOrders"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedDeals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactLoyalty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalEarned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOrders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactDetailQuery, ContactDetailQueryVariables>;
export const UpdateContactInlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactInline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateContactInlineMutation, UpdateContactInlineMutationVariables>;
export const DeleteContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteContactMutation, DeleteContactMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"conversionToNext"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysInStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wonLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"StringValue","value":"OWNER","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"wonValue"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostValue"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOpenQuery, DashboardOpenQueryVariables>;
export const BulkStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BulkStagesQuery, BulkStagesQueryVariables>;
export const BulkUpdateDealOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkUpdateDealOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BulkUpdateDealOwnerMutation, BulkUpdateDealOwnerMutationVariables>;
export const BulkMoveDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkMoveDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BulkMoveDealMutation, BulkMoveDealMutationVariables>;
export const BulkDeleteDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkDeleteDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<BulkDeleteDealMutation, BulkDeleteDealMutationVariables>;
export const DealDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealProducts"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"planned"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityList"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completedAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COMPLETED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityList"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealProducts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDealLineItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityItem"}}]}}]}}]} as unknown as DocumentNode<DealDetailQuery, DealDetailQueryVariables>;
export const UpdateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDealInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCard"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveProbability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"isRotting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivityState"}},{"kind":"Field","name":{"kind":"Name","value":"nextActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]} as unknown as DocumentNode<UpdateDealMutation, UpdateDealMutationVariables>;
export const DeleteDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteDealMutation, DeleteDealMutationVariables>;
export const SetDealLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDealLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDealLineItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDealLineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealProducts"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealProducts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDealLineItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetDealLineItemsMutation, SetDealLineItemsMutationVariables>;
export const DealProductPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealProductPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductWhere"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DealProductPickerQuery, DealProductPickerQueryVariables>;
export const PipelineStagesForMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineStagesForMove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineStagesForMoveQuery, PipelineStagesForMoveQueryVariables>;
export const MoveDealToPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDealToPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealToPipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDealToPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MoveDealToPipelineMutation, MoveDealToPipelineMutationVariables>;
export const DefaultPipelineStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefaultPipelineStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DefaultPipelineStagesQuery, DefaultPipelineStagesQueryVariables>;
export const DealsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}},{"kind":"Field","name":{"kind":"Name","value":"moveDeal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealsListQuery, DealsListQueryVariables>;
export const OrderProductPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderProductPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductWhere"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}}]}}]}}]}}]} as unknown as DocumentNode<OrderProductPickerQuery, OrderProductPickerQueryVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"actualDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ChangeOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrderStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"actualDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeOrderStatusMutation, ChangeOrderStatusMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"actualDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"actualDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"actualDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const DocumentEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentEditorFields"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"REVISION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"restoreDocumentVersion"}}]}}]}}]} as unknown as DocumentNode<DocumentEditorQuery, DocumentEditorQueryVariables>;
export const DocumentVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"documentId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"revision"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentVersionQuery, DocumentVersionQueryVariables>;
export const SaveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"restoreDocumentVersion"}}]}}]}}]} as unknown as DocumentNode<SaveDocumentMutation, SaveDocumentMutationVariables>;
export const RestoreDocumentVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreDocumentVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreDocumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"restoreDocumentVersion"}}]}}]}}]} as unknown as DocumentNode<RestoreDocumentVersionMutation, RestoreDocumentVersionMutationVariables>;
export const IdeasBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeasBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riceScore"}},{"kind":"Field","name":{"kind":"Name","value":"iceScore"}},{"kind":"Field","name":{"kind":"Name","value":"wsjfScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]} as unknown as DocumentNode<IdeasBoardQuery, IdeasBoardQueryVariables>;
export const ChangeIdeaStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeIdeaStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeIdeaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riceScore"}},{"kind":"Field","name":{"kind":"Name","value":"iceScore"}},{"kind":"Field","name":{"kind":"Name","value":"wsjfScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}}]}}]}}]} as unknown as DocumentNode<ChangeIdeaStatusMutation, ChangeIdeaStatusMutationVariables>;
export const OkrsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Okrs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"okrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"QUARTER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeyResultProgress"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OkrsQuery, OkrsQueryVariables>;
export const UpdateKeyResultProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKeyResultProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentValue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeyResultProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"currentValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentValue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"okr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateKeyResultProgressMutation, UpdateKeyResultProgressMutationVariables>;
export const RoadmapViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TARGET_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"featureLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapFeature"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unscheduled"},"name":{"kind":"Name","value":"features"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"releaseLinks"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"none"},"value":{"kind":"ObjectValue","fields":[]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapFeature"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"epic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFeatureToRelease"}}]}}]}}]} as unknown as DocumentNode<RoadmapViewQuery, RoadmapViewQueryVariables>;
export const MoveFeatureToReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveFeatureToRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromReleaseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toReleaseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFeatureToRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"featureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromReleaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromReleaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toReleaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toReleaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveFeatureToReleaseMutation, MoveFeatureToReleaseMutationVariables>;
export const DocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Documents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentsQuery, DocumentsQueryVariables>;
export const CreateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<CreateDocumentMutation, CreateDocumentMutationVariables>;
export const IdeaRoadmapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaRoadmaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaRoadmapsQuery, IdeaRoadmapsQueryVariables>;
export const RecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"oldValues"}},{"kind":"Field","name":{"kind":"Name","value":"newValues"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const ImportStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportStagesQuery, ImportStagesQueryVariables>;
export const GlobalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const SettingsApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOperationsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApiKeysQuery, SettingsApiKeysQueryVariables>;
export const SettingsCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCreateApiKeyMutation, SettingsCreateApiKeyMutationVariables>;
export const SettingsRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<SettingsRevokeApiKeyMutation, SettingsRevokeApiKeyMutationVariables>;
export const SettingsCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFieldsQuery, SettingsCustomFieldsQueryVariables>;
export const SettingsCreateCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SettingsCreateCustomFieldMutation, SettingsCreateCustomFieldMutationVariables>;
export const SettingsDeleteCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomFieldDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteCustomFieldMutation, SettingsDeleteCustomFieldMutationVariables>;
export const SettingsIntegrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsIntegrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccessToken"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiSecret"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenLast4"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsIntegrationsQuery, SettingsIntegrationsQueryVariables>;
export const SettingsCreateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntegrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenLast4"}}]}}]}}]} as unknown as DocumentNode<SettingsCreateIntegrationMutation, SettingsCreateIntegrationMutationVariables>;
export const SettingsUpdateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntegrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccessToken"}},{"kind":"Field","name":{"kind":"Name","value":"hasRefreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiSecret"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenLast4"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateIntegrationMutation, SettingsUpdateIntegrationMutationVariables>;
export const SettingsDeleteIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteIntegrationMutation, SettingsDeleteIntegrationMutationVariables>;
export const SettingsMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMembersQuery, SettingsMembersQueryVariables>;
export const SettingsInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsInviteMutation, SettingsInviteMutationVariables>;
export const SettingsRevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<SettingsRevokeInvitationMutation, SettingsRevokeInvitationMutationVariables>;
export const SettingsChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SettingsChangeRoleMutation, SettingsChangeRoleMutationVariables>;
export const SettingsSetTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetTeamMutation, SettingsSetTeamMutationVariables>;
export const SettingsRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SettingsRemoveMemberMutation, SettingsRemoveMemberMutationVariables>;
export const SettingsOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}}]}}]}}]} as unknown as DocumentNode<SettingsOrganizationQuery, SettingsOrganizationQueryVariables>;
export const SettingsUpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateOrganizationMutation, SettingsUpdateOrganizationMutationVariables>;
export const SettingsPipelinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsPipelinesQuery, SettingsPipelinesQueryVariables>;
export const SettingsCreatePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SettingsCreatePipelineMutation, SettingsCreatePipelineMutationVariables>;
export const SettingsCreateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SettingsCreateStageMutation, SettingsCreateStageMutationVariables>;
export const SettingsUpdateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePipelineStageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"rottingDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateStageMutation, SettingsUpdateStageMutationVariables>;
export const SettingsDeleteStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteStageMutation, SettingsDeleteStageMutationVariables>;
export const SettingsTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTeamsQuery, SettingsTeamsQueryVariables>;
export const SettingsCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SettingsCreateTeamMutation, SettingsCreateTeamMutationVariables>;
export const SettingsUpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateTeamMutation, SettingsUpdateTeamMutationVariables>;
export const SettingsDeleteTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteTeamMutation, SettingsDeleteTeamMutationVariables>;
export const SettingsTrashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsTrash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"withDeleted"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"withDeleted"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"withDeleted"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipelineStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"withDeleted"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"withDeleted"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTrashQuery, SettingsTrashQueryVariables>;
export const TrashRestoreCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrashRestoreCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<TrashRestoreCompanyMutation, TrashRestoreCompanyMutationVariables>;
export const TrashRestoreContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrashRestoreContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<TrashRestoreContactMutation, TrashRestoreContactMutationVariables>;
export const TrashRestoreDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrashRestoreDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<TrashRestoreDealMutation, TrashRestoreDealMutationVariables>;
export const TrashRestoreStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrashRestoreStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<TrashRestoreStageMutation, TrashRestoreStageMutationVariables>;
export const TrashRestoreTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrashRestoreTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<TrashRestoreTeamMutation, TrashRestoreTeamMutationVariables>;
export const SettingsWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextTryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsWebhooksQuery, SettingsWebhooksQueryVariables>;
export const SettingsCreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCreateWebhookMutation, SettingsCreateWebhookMutationVariables>;
export const SettingsUpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateWebhookMutation, SettingsUpdateWebhookMutationVariables>;
export const SettingsRotateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRotateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRotateWebhookMutation, SettingsRotateWebhookMutationVariables>;
export const SettingsTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SettingsTestWebhookMutation, SettingsTestWebhookMutationVariables>;
export const SettingsDeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteWebhookMutation, SettingsDeleteWebhookMutationVariables>;
export const SettingsRedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SettingsRedeliverWebhookMutation, SettingsRedeliverWebhookMutationVariables>;
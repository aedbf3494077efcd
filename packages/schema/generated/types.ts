export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, "YYYY-MM-DD". */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number serialised as a string, e.g. "1234.50". */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type AcceptInvitationInput = {
  /** Only when the invited e-mail has no account yet. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only when the invited e-mail has no account yet. */
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type Activity = {
  __typename?: 'Activity';
  assignedTo: Maybe<User>;
  assignedToId: Maybe<Scalars['String']['output']>;
  company: Maybe<Company>;
  companyId: Maybe<Scalars['String']['output']>;
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  contact: Maybe<Contact>;
  contactId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Values of the organization’s custom fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  deal: Maybe<Deal>;
  dealId: Maybe<Scalars['String']['output']>;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  durationMinutes: Maybe<Scalars['Int']['output']>;
  followUpDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  outcome: Maybe<Scalars['String']['output']>;
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['String']['output']>;
  priority: Priority;
  status: ActivityStatus;
  subject: Scalars['String']['output'];
  type: ActivityType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ActivityPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ActivityAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<ActivityNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of activities. */
export type ActivityAggregateRow = {
  __typename?: 'ActivityAggregateRow';
  avg: ActivityNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: ActivityNumbers;
  min: ActivityNumbers;
  sum: ActivityNumbers;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Activity>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ActivityCount = {
  __typename?: 'ActivityCount';
  completed: Scalars['Int']['output'];
  ownerId: Maybe<Scalars['ID']['output']>;
  ownerName: Maybe<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
  type: ActivityType;
};

export type ActivityDateField =
  | 'COMPLETED_AT'
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'UPDATED_AT';

export type ActivityDateGrouping = {
  field: ActivityDateField;
  unit: DateUnit;
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** Something happened to an activity of a company, contact or deal. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  /** CREATE, UPDATE, DELETE or RESTORE; RESYNC when events may have been missed: reload the record's activities (activityId is then the record's id). */
  action: Scalars['String']['output'];
  activity: Maybe<Activity>;
  activityId: Scalars['ID']['output'];
  actorUserId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTimeISO']['output'];
};

export type ActivityGroupKey =
  | 'ASSIGNED_TO_ID'
  | 'ASSIGNED_TO__EMAIL'
  | 'ASSIGNED_TO__NAME'
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'DEAL_ID'
  | 'DEAL__CURRENCY'
  | 'DEAL__PRIORITY'
  | 'DEAL__SOURCE'
  | 'DEAL__STATUS'
  | 'DEAL__TITLE'
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'PRIORITY'
  | 'STATUS'
  | 'SUBJECT'
  | 'TYPE';

/** Conditions on a to-many list of activities (in the trash excluded); several combine with AND. */
export type ActivityListRelationFilter = {
  /** All of the activities match; true when there are none. */
  every?: InputMaybe<ActivityWhere>;
  /** None of the activities matches; true when there are none. */
  none?: InputMaybe<ActivityWhere>;
  /** At least one of the activities matches. */
  some?: InputMaybe<ActivityWhere>;
};

export type ActivityNumbers = {
  __typename?: 'ActivityNumbers';
  durationMinutes: Maybe<Scalars['Float']['output']>;
};

export type ActivityNumericField =
  | 'DURATION_MINUTES';

export type ActivityOrderBy = {
  direction?: SortDirection;
  field: ActivityOrderField;
};

export type ActivityOrderField =
  | 'COMPLETED_AT'
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'UPDATED_AT';

/** What you may do with this Activity. */
export type ActivityPermissions = {
  __typename?: 'ActivityPermissions';
  /** Run completeActivity on it. */
  completeActivity: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run reopenActivity on it. */
  reopenActivity: Scalars['Boolean']['output'];
  /** Change this Activity (update). */
  update: Scalars['Boolean']['output'];
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PENDING';

/** Conditions on a ActivityStatus field. */
export type ActivityStatusFilter = {
  eq?: InputMaybe<ActivityStatus>;
  in?: InputMaybe<Array<ActivityStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ActivityStatus>;
  notIn?: InputMaybe<Array<ActivityStatus>>;
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
  eq?: InputMaybe<ActivityType>;
  in?: InputMaybe<Array<ActivityType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ActivityType>;
  notIn?: InputMaybe<Array<ActivityType>>;
};

/** Conditions on activities; fields combine with AND. */
export type ActivityWhere = {
  AND?: InputMaybe<Array<ActivityWhere>>;
  NOT?: InputMaybe<ActivityWhere>;
  OR?: InputMaybe<Array<ActivityWhere>>;
  /** Only activities whose assignedTo matches. */
  assignedTo?: InputMaybe<UserWhere>;
  assignedToId?: InputMaybe<IdFilter>;
  /** Only activities whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  completedAt?: InputMaybe<DateTimeFilter>;
  /** Only activities whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customFields?: InputMaybe<Array<CustomFieldCondition>>;
  /** Only activities whose deal matches. */
  deal?: InputMaybe<DealWhere>;
  dealId?: InputMaybe<IdFilter>;
  dueAt?: InputMaybe<DateTimeFilter>;
  /** Only activities whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  priority?: InputMaybe<PriorityFilter>;
  status?: InputMaybe<ActivityStatusFilter>;
  subject?: InputMaybe<StringFilter>;
  type?: InputMaybe<ActivityTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A manual change of a contact’s points in a program, with the reason. */
export type AdjustLoyaltyPointsInput = {
  contactId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Signed: negative takes points away (never below zero). */
  points: Scalars['Int']['input'];
  programId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A stock change by hand: a signed delta, or for a recount the quantity counted. */
export type AdjustStockInput = {
  /** Instead of delta: the quantity counted (RECOUNT). */
  countedQuantity?: InputMaybe<Scalars['Int']['input']>;
  /** Signed change: +12 received, -2 damaged. */
  delta?: InputMaybe<Scalars['Int']['input']>;
  /** Retries with the same key return the first result instead of adjusting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  reason: AdjustmentReason;
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
  eq?: InputMaybe<AdjustmentReason>;
  in?: InputMaybe<Array<AdjustmentReason>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<AdjustmentReason>;
  notIn?: InputMaybe<Array<AdjustmentReason>>;
};

export type AggregateFunction =
  | 'AVG'
  | 'COUNT'
  | 'MAX'
  | 'MIN'
  | 'SUM';

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<User>;
  createdById: Scalars['String']['output'];
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Query limits for this key (maxCost, maxDepth, requestsPerMinute, …), within the organization’s. */
  limits: Scalars['JSONObject']['output'];
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it in a list. */
  prefix: Scalars['String']['output'];
  /** Only operations of the registered (persisted) manifest may run with this key. */
  registeredOperationsOnly: Scalars['Boolean']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  role: Role;
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ApiKeyPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ApiKeyAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of apiKeys. */
export type ApiKeyAggregateRow = {
  __typename?: 'ApiKeyAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of apiKeys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyDateField =
  | 'CREATED_AT';

export type ApiKeyDateGrouping = {
  field: ApiKeyDateField;
  unit: DateUnit;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyGroupKey =
  | 'CREATED_BY__EMAIL'
  | 'CREATED_BY__NAME';

export type ApiKeyOrderBy = {
  direction?: SortDirection;
  field: ApiKeyOrderField;
};

export type ApiKeyOrderField =
  | 'CREATED_AT';

/** What you may do with this ApiKey. */
export type ApiKeyPermissions = {
  __typename?: 'ApiKeyPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run revokeApiKey on it. */
  revokeApiKey: Scalars['Boolean']['output'];
  /** Change this ApiKey (update is not offered). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on apiKeys; fields combine with AND. */
export type ApiKeyWhere = {
  AND?: InputMaybe<Array<ApiKeyWhere>>;
  NOT?: InputMaybe<ApiKeyWhere>;
  OR?: InputMaybe<Array<ApiKeyWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only apiKeys whose createdBy matches. */
  createdBy?: InputMaybe<UserWhere>;
};

export type ApiKeyWithSecret = {
  __typename?: 'ApiKeyWithSecret';
  apiKey: ApiKey;
  /** Send as "Authorization: ApiKey <key>" or "X-Api-Key". Shown only once. */
  key: Scalars['String']['output'];
};

export type AuditLog = {
  __typename?: 'AuditLog';
  /** CREATE, UPDATE, DELETE, RESTORE, MOVE, … */
  action: Scalars['String']['output'];
  actor: Maybe<User>;
  actorApiKeyId: Maybe<Scalars['String']['output']>;
  actorUserId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ipAddress: Maybe<Scalars['String']['output']>;
  newValues: Maybe<Scalars['JSONObject']['output']>;
  oldValues: Maybe<Scalars['JSONObject']['output']>;
  userAgent: Maybe<Scalars['String']['output']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type AuditLogAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of auditLogs. */
export type AuditLogAggregateRow = {
  __typename?: 'AuditLogAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of auditLogs. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  edges: Array<AuditLogEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<AuditLog>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditLogDateField =
  | 'CREATED_AT';

export type AuditLogDateGrouping = {
  field: AuditLogDateField;
  unit: DateUnit;
};

export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  cursor: Scalars['String']['output'];
  node: AuditLog;
};

export type AuditLogGroupKey =
  | 'ACTION'
  | 'ACTOR_USER_ID'
  | 'ACTOR__EMAIL'
  | 'ACTOR__NAME'
  | 'ENTITY_ID'
  | 'ENTITY_TYPE';

export type AuditLogOrderBy = {
  direction?: SortDirection;
  field: AuditLogOrderField;
};

export type AuditLogOrderField =
  | 'CREATED_AT';

/** Conditions on auditLogs; fields combine with AND. */
export type AuditLogWhere = {
  AND?: InputMaybe<Array<AuditLogWhere>>;
  NOT?: InputMaybe<AuditLogWhere>;
  OR?: InputMaybe<Array<AuditLogWhere>>;
  action?: InputMaybe<StringFilter>;
  /** Only auditLogs whose actor matches. */
  actor?: InputMaybe<UserWhere>;
  actorUserId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  entityId?: InputMaybe<IdFilter>;
  entityType?: InputMaybe<StringFilter>;
};

/** Tokens for a signed-in session. Send the access token as "Authorization: Bearer …". */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** The organization the access token defaults to. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** Exchange it with refreshSession before the access token expires; it rotates on each use. */
  refreshToken: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** A pipeline as columns of deals, with totals, for the board view. */
export type Board = {
  __typename?: 'Board';
  columns: Array<BoardColumn>;
  count: Scalars['Int']['output'];
  pipeline: Pipeline;
  totals: Array<MoneyTotal>;
};

export type BoardColumn = {
  __typename?: 'BoardColumn';
  count: Scalars['Int']['output'];
  /** The column’s deals in board order; page with after. */
  deals: DealConnection;
  stage: PipelineStage;
  totals: Array<MoneyTotal>;
};


export type BoardColumnDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Conditions on a yes/no field. */
export type BooleanFilter = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ChangeOrderStatusInput = {
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  orderId: Scalars['ID']['input'];
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
  eq?: InputMaybe<ChangelogKind>;
  in?: InputMaybe<Array<ChangelogKind>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ChangelogKind>;
  notIn?: InputMaybe<Array<ChangelogKind>>;
};

/** Narrows a commerce report to orders placed in a date range (inclusive) and one currency. */
export type CommerceReportFilter = {
  currency?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Company = {
  __typename?: 'Company';
  activities: ActivityConnection;
  addressLine1: Maybe<Scalars['String']['output']>;
  addressLine2: Maybe<Scalars['String']['output']>;
  city: Maybe<Scalars['String']['output']>;
  contacts: ContactConnection;
  country: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Values of the organization’s custom fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  customMetrics: CustomMetricConnection;
  deals: DealConnection;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  email: Maybe<Scalars['String']['output']>;
  employeeCount: Maybe<Scalars['Int']['output']>;
  feedback: FeedbackConnection;
  financials: FinancialConnection;
  id: Scalars['ID']['output'];
  industry: Maybe<Scalars['String']['output']>;
  leadEvents: LeadEventConnection;
  name: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  /** Annual revenue in the organization currency. */
  revenue: Maybe<Scalars['Decimal']['output']>;
  size: Maybe<CompanySize>;
  state: Maybe<Scalars['String']['output']>;
  status: CompanyStatus;
  suppliedProducts: ProductConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: CompanyPermissions;
  website: Maybe<Scalars['String']['output']>;
};


export type CompanyActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
  where?: InputMaybe<ActivityWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ContactOrderBy>>;
  where?: InputMaybe<ContactWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyCustomMetricsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomMetricOrderBy>>;
  where?: InputMaybe<CustomMetricWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
  where?: InputMaybe<DealWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackOrderBy>>;
  where?: InputMaybe<FeedbackWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyFinancialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FinancialOrderBy>>;
  where?: InputMaybe<FinancialWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyLeadEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LeadEventOrderBy>>;
  where?: InputMaybe<LeadEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanySuppliedProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProductOrderBy>>;
  where?: InputMaybe<ProductWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type CompanyAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<CompanyNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of companies. */
export type CompanyAggregateRow = {
  __typename?: 'CompanyAggregateRow';
  avg: CompanyNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: CompanyNumbers;
  min: CompanyNumbers;
  sum: CompanyNumbers;
};

/** A page of companies. */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Company>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type CompanyDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type CompanyDateGrouping = {
  field: CompanyDateField;
  unit: DateUnit;
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyGroupKey =
  | 'COUNTRY'
  | 'INDUSTRY'
  | 'NAME'
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'SIZE'
  | 'STATUS';

export type CompanyNumbers = {
  __typename?: 'CompanyNumbers';
  employeeCount: Maybe<Scalars['Float']['output']>;
  revenue: Maybe<Scalars['Decimal']['output']>;
};

export type CompanyNumericField =
  | 'EMPLOYEE_COUNT'
  | 'REVENUE';

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

/** What you may do with this Company. */
export type CompanyPermissions = {
  __typename?: 'CompanyPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Company (update). */
  update: Scalars['Boolean']['output'];
};

export type CompanySize =
  | 'ENTERPRISE'
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL'
  | 'STARTUP';

/** Conditions on a CompanySize field. */
export type CompanySizeFilter = {
  eq?: InputMaybe<CompanySize>;
  in?: InputMaybe<Array<CompanySize>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<CompanySize>;
  notIn?: InputMaybe<Array<CompanySize>>;
};

export type CompanyStatus =
  | 'ACTIVE'
  | 'CHURNED'
  | 'CUSTOMER'
  | 'INACTIVE'
  | 'PROSPECT';

/** Conditions on a CompanyStatus field. */
export type CompanyStatusFilter = {
  eq?: InputMaybe<CompanyStatus>;
  in?: InputMaybe<Array<CompanyStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<CompanyStatus>;
  notIn?: InputMaybe<Array<CompanyStatus>>;
};

/** Conditions on companies; fields combine with AND. */
export type CompanyWhere = {
  AND?: InputMaybe<Array<CompanyWhere>>;
  NOT?: InputMaybe<CompanyWhere>;
  OR?: InputMaybe<Array<CompanyWhere>>;
  /** Only companies with some, every or none of their activities matching. */
  activities?: InputMaybe<ActivityListRelationFilter>;
  /** Only companies with some, every or none of their contacts matching. */
  contacts?: InputMaybe<ContactListRelationFilter>;
  country?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customFields?: InputMaybe<Array<CustomFieldCondition>>;
  /** Only companies with some, every or none of their customMetrics matching. */
  customMetrics?: InputMaybe<CustomMetricListRelationFilter>;
  /** Only companies with some, every or none of their deals matching. */
  deals?: InputMaybe<DealListRelationFilter>;
  employeeCount?: InputMaybe<IntFilter>;
  /** Only companies with some, every or none of their feedback matching. */
  feedback?: InputMaybe<FeedbackListRelationFilter>;
  /** Only companies with some, every or none of their financials matching. */
  financials?: InputMaybe<FinancialListRelationFilter>;
  industry?: InputMaybe<StringFilter>;
  /** Only companies with some, every or none of their leadEvents matching. */
  leadEvents?: InputMaybe<LeadEventListRelationFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only companies whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  revenue?: InputMaybe<DecimalFilter>;
  /** Words to find (prefix match on each word). */
  search?: InputMaybe<Scalars['String']['input']>;
  size?: InputMaybe<CompanySizeFilter>;
  status?: InputMaybe<CompanyStatusFilter>;
  /** Only companies with some, every or none of their suppliedProducts matching. */
  suppliedProducts?: InputMaybe<ProductListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Contact = {
  __typename?: 'Contact';
  activities: ActivityConnection;
  addressLine1: Maybe<Scalars['String']['output']>;
  addressLine2: Maybe<Scalars['String']['output']>;
  city: Maybe<Scalars['String']['output']>;
  company: Maybe<Company>;
  companyId: Maybe<Scalars['String']['output']>;
  country: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Values of the organization’s custom fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  deals: DealConnection;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  email: Maybe<Scalars['String']['output']>;
  emailAliases: UserAliasConnection;
  /** Mail events for its address or aliases, newest first. */
  emailEvents: EmailEventConnection;
  feedback: FeedbackConnection;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPrimary: Scalars['Boolean']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  leadEvents: LeadEventConnection;
  linkedinUrl: Maybe<Scalars['String']['output']>;
  loyaltyAccounts: LoyaltyAccountConnection;
  mobile: Maybe<Scalars['String']['output']>;
  notes: Maybe<Scalars['String']['output']>;
  /** Orders of this contact, newest first by default. */
  orders: OrderConnection;
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  preferredContactMethod: ContactMethod;
  referralsMade: CustomerReferralConnection;
  referralsReceived: CustomerReferralConnection;
  state: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ContactPermissions;
};


export type ContactActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
  where?: InputMaybe<ActivityWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
  where?: InputMaybe<DealWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactEmailAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UserAliasOrderBy>>;
  where?: InputMaybe<UserAliasWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactEmailEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EmailEventOrderBy>>;
  where?: InputMaybe<EmailEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackOrderBy>>;
  where?: InputMaybe<FeedbackWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactLeadEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LeadEventOrderBy>>;
  where?: InputMaybe<LeadEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactLoyaltyAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LoyaltyAccountOrderBy>>;
  where?: InputMaybe<LoyaltyAccountWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactReferralsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerReferralOrderBy>>;
  where?: InputMaybe<CustomerReferralWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactReferralsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerReferralOrderBy>>;
  where?: InputMaybe<CustomerReferralWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ContactAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of contacts. */
export type ContactAggregateRow = {
  __typename?: 'ContactAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of contacts. */
export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Contact>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ContactDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type ContactDateGrouping = {
  field: ContactDateField;
  unit: DateUnit;
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type ContactGroupKey =
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'EMAIL'
  | 'FIRST_NAME'
  | 'IS_PRIMARY'
  | 'JOB_TITLE'
  | 'LAST_NAME'
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME';

/** Conditions on a to-many list of contacts (in the trash excluded); several combine with AND. */
export type ContactListRelationFilter = {
  /** All of the contacts match; true when there are none. */
  every?: InputMaybe<ContactWhere>;
  /** None of the contacts matches; true when there are none. */
  none?: InputMaybe<ContactWhere>;
  /** At least one of the contacts matches. */
  some?: InputMaybe<ContactWhere>;
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

/** What you may do with this Contact. */
export type ContactPermissions = {
  __typename?: 'ContactPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Contact (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on contacts; fields combine with AND. */
export type ContactWhere = {
  AND?: InputMaybe<Array<ContactWhere>>;
  NOT?: InputMaybe<ContactWhere>;
  OR?: InputMaybe<Array<ContactWhere>>;
  /** Only contacts with some, every or none of their activities matching. */
  activities?: InputMaybe<ActivityListRelationFilter>;
  /** Only contacts whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  customFields?: InputMaybe<Array<CustomFieldCondition>>;
  /** Only contacts with some, every or none of their deals matching. */
  deals?: InputMaybe<DealListRelationFilter>;
  email?: InputMaybe<StringFilter>;
  /** Only contacts with some, every or none of their emailAliases matching. */
  emailAliases?: InputMaybe<UserAliasListRelationFilter>;
  /** Only contacts with some, every or none of their emailEvents matching. */
  emailEvents?: InputMaybe<EmailEventListRelationFilter>;
  /** Only contacts with some, every or none of their feedback matching. */
  feedback?: InputMaybe<FeedbackListRelationFilter>;
  firstName?: InputMaybe<StringFilter>;
  isPrimary?: InputMaybe<BooleanFilter>;
  jobTitle?: InputMaybe<StringFilter>;
  lastName?: InputMaybe<StringFilter>;
  /** Only contacts with some, every or none of their leadEvents matching. */
  leadEvents?: InputMaybe<LeadEventListRelationFilter>;
  /** Only contacts with some, every or none of their loyaltyAccounts matching. */
  loyaltyAccounts?: InputMaybe<LoyaltyAccountListRelationFilter>;
  /** Only contacts with some, every or none of their orders matching. */
  orders?: InputMaybe<OrderListRelationFilter>;
  /** Only contacts whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  /** Only contacts with some, every or none of their referralsMade matching. */
  referralsMade?: InputMaybe<CustomerReferralListRelationFilter>;
  /** Only contacts with some, every or none of their referralsReceived matching. */
  referralsReceived?: InputMaybe<CustomerReferralListRelationFilter>;
  /** Words to find (prefix match on each word). */
  search?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type CreateActivityInput = {
  /** Who should do it; defaults to the owner. */
  assignedToId?: InputMaybe<Scalars['ID']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  followUpDate?: InputMaybe<Scalars['Date']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  status?: InputMaybe<ActivityStatus>;
  subject: Scalars['String']['input'];
  type: ActivityType;
};

export type CreateApiKeyInput = {
  /** Days until it expires; never when omitted. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Its own query limits within the organization’s: maxCost, maxDepth, maxAliases, maxDirectives, maxTokens, maxDocumentBytes, requestsPerMinute. */
  limits?: InputMaybe<Scalars['JSONObject']['input']>;
  name: Scalars['String']['input'];
  /** Only operations of the persisted-operation manifest may run (mobile apps). */
  registeredOperationsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** No higher than your own. */
  role: Role;
};

export type CreateCompanyInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Annual revenue in the organization currency. */
  revenue?: InputMaybe<Scalars['Decimal']['input']>;
  size?: InputMaybe<CompanySize>;
  state?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CompanyStatus>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContactInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  linkedinUrl?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  preferredContactMethod?: InputMaybe<ContactMethod>;
  state?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomFieldDefinitionInput = {
  /** Deal, Company, Contact or Activity. */
  entityType: Scalars['String']['input'];
  /** camelCase key, e.g. leadScore. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: CustomFieldType;
};

export type CreateCustomMetricInput = {
  companyId: Scalars['ID']['input'];
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Metric name, e.g. project_delivery_days. */
  metricName: Scalars['String']['input'];
  /** When the value was measured. */
  recordedAt: Scalars['DateTimeISO']['input'];
  /** Data source: manual upload or an integration. */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  /** Unit of measurement: days, percent, … */
  unit?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Decimal']['input'];
};

export type CreateCustomerReferralInput = {
  /** Valid until then (default: 90 days); afterwards it expires. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  referredEmail?: InputMaybe<Scalars['String']['input']>;
  /** Who was referred, as the referrer named them. */
  referredName: Scalars['String']['input'];
  referredPhone?: InputMaybe<Scalars['String']['input']>;
  referrerContactId: Scalars['ID']['input'];
  /** Points the referrer gets on conversion, in rewardProgram. */
  rewardAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The program the reward is paid in. */
  rewardProgramId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDealInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217; defaults to the organization currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  lostReason?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Optional check: the stage must belong to this pipeline. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  /** Overrides the stage probability, 0..1. */
  probability?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** The stage the deal starts in; its pipeline becomes the deal’s pipeline. */
  stageId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CreateDeliveryInput = {
  actualDelivery?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Where to: street, city, state, zipCode, country. */
  address?: InputMaybe<Scalars['JSONObject']['input']>;
  deliveryMethod: DeliveryMethod;
  estimatedDelivery?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  /** Who receives it. */
  recipientName: Scalars['String']['input'];
  status?: InputMaybe<DeliveryStatus>;
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDocumentInput = {
  /** Defaults to you. */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  content: Scalars['String']['input'];
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DocumentStatus>;
  title: Scalars['String']['input'];
  type?: InputMaybe<DocumentType>;
};

export type CreateEpicInput = {
  description: Scalars['String']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  roadmapId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

export type CreateExperimentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  hypothesis: Scalars['String']['input'];
  /** The metrics it watches. */
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Results, as recorded. */
  results?: InputMaybe<Scalars['JSONObject']['input']>;
  roadmapId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<ExperimentStatus>;
};

export type CreateFeatureInput = {
  acceptanceCriteria?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  epicId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<WorkPriority>;
  roadmapId: Scalars['ID']['input'];
  storyPoints?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type CreateFeedbackFeatureLinkInput = {
  featureId: Scalars['ID']['input'];
  feedbackId: Scalars['ID']['input'];
  /** What the customer asks of it, in their words. */
  note: Scalars['String']['input'];
};

export type CreateFeedbackIdeaLinkInput = {
  feedbackId: Scalars['ID']['input'];
  ideaId: Scalars['ID']['input'];
  /** What the customer asks of it, in their words. */
  note: Scalars['String']['input'];
};

export type CreateFeedbackInput = {
  /** The customer company (when the contact has none, or no contact is known). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer contact who gave it. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  priority?: InputMaybe<WorkPriority>;
  roadmapId: Scalars['ID']['input'];
  /** Where it came from, e.g. support, survey, interview. */
  source?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FeedbackStatus>;
  title: Scalars['String']['input'];
  type?: InputMaybe<FeedbackType>;
  userEmail?: InputMaybe<Scalars['String']['input']>;
};

export type CreateFinancialInput = {
  cashFlow: Scalars['Decimal']['input'];
  /** The company (seed 004 ClientKPI) the figures are about. */
  companyId: Scalars['ID']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  expenses: Scalars['Decimal']['input'];
  /** The source system’s record id, for reconciliation. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Source-specific fields. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Date of the figures. */
  recordDate: Scalars['Date']['input'];
  revenue: Scalars['Decimal']['input'];
  /** Integration source (xero, myob, manual); part of the natural key. */
  sourceSystem: Scalars['String']['input'];
};

export type CreateIdeaFeatureLinkInput = {
  featureId: Scalars['ID']['input'];
  ideaId: Scalars['ID']['input'];
  /** How the feature answers the idea, in a line (promoteIdeaToFeature writes one). */
  note: Scalars['String']['input'];
};

export type CreateIdeaInput = {
  /** WSJF business value, 1..10. */
  businessValue?: InputMaybe<Scalars['Int']['input']>;
  /** Confidence, 1..10. */
  confidence?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to you. */
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  /** Effort (ICE ease = 11 − effort), 1..10. */
  effort?: InputMaybe<Scalars['Int']['input']>;
  /** Impact, 1..10. */
  impact?: InputMaybe<Scalars['Int']['input']>;
  /** WSJF job size, 1..10. */
  jobSize?: InputMaybe<Scalars['Int']['input']>;
  /** Manual priority, 0..100. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** RICE reach: people or events per period, 0 or more. */
  reach?: InputMaybe<Scalars['Int']['input']>;
  /** WSJF risk reduction / opportunity enablement, 1..10. */
  riskReduction?: InputMaybe<Scalars['Int']['input']>;
  roadmapId: Scalars['ID']['input'];
  /** Labels, up to 20. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** WSJF time criticality, 1..10. */
  timeCriticality?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type CreateIntegrationInput = {
  /** OAuth access token; stored encrypted, never returned. */
  accessToken: Scalars['String']['input'];
  /** The account at the provider (organization, tenant or portal id). */
  account: Scalars['String']['input'];
  /** API secret; stored encrypted, never returned. */
  apiSecret?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  lastError?: InputMaybe<Scalars['String']['input']>;
  /** Last successful sync. */
  lastSyncAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Provider-specific configuration. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** xero, hubspot, …; one integration per provider. */
  provider: Scalars['String']['input'];
  /** OAuth refresh token; stored encrypted, never returned. */
  refreshToken?: InputMaybe<Scalars['String']['input']>;
  /** Granted scopes, space-separated. */
  scopes?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<IntegrationStatus>;
};

export type CreateKeyResultInput = {
  /** Where it is now; change it with updateKeyResultProgress or update. */
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  okrId: Scalars['ID']['input'];
  /** Where the measure started. */
  startValue?: InputMaybe<Scalars['Float']['input']>;
  /** Where it should get to; must differ from startValue. */
  targetValue: Scalars['Float']['input'];
  title: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

export type CreateKpiDataPointInput = {
  /** When it was measured. */
  date: Scalars['DateTimeISO']['input'];
  kpiId: Scalars['ID']['input'];
  /** The period it measures, e.g. 2026-11, 2026-W48 or 2026-Q4 (after the KPI's frequency). */
  period: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type CreateKpiInput = {
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  frequency?: InputMaybe<KpiFrequency>;
  name: Scalars['String']['input'];
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  targetValue: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
};

export type CreateLaunchChecklistItemInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  releaseId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateLeadEventInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<LeadEventType>;
  /** The event’s id in that CRM, unique per source. */
  externalId: Scalars['String']['input'];
  /** The lead or deal id in that CRM. */
  leadId: Scalars['String']['input'];
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  occurredAt: Scalars['DateTimeISO']['input'];
  /** The CRM it comes from (hubspot, pipedrive); part of the natural key. */
  sourceSystem: Scalars['String']['input'];
  /** Pipeline stage in that CRM, e.g. qualified; matched to a stage of the same name. */
  stage: Scalars['String']['input'];
  /** active, stale, lost, … */
  status: Scalars['String']['input'];
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CreateLoyaltyProgramInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only active programs earn points. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** Earned points expire this many days after they were earned; null: never. */
  pointsExpireAfterDays?: InputMaybe<Scalars['Int']['input']>;
  /** Points per whole unit of a paid order’s total, in the order’s currency. */
  pointsPerDollar?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateOkrInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The quarter, e.g. 2026-Q4. */
  quarter: Scalars['String']['input'];
  roadmapId: Scalars['ID']['input'];
  status?: InputMaybe<OkrStatus>;
  title: Scalars['String']['input'];
};

export type CreatePipelineInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePipelineStageInput = {
  /** Hex colour, e.g. #3b82f6. */
  color?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  pipelineId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
  /** 0..1 */
  probability?: InputMaybe<Scalars['Float']['input']>;
  /** Deals idle in this stage longer than this many days are flagged as rotting. */
  rottingDays?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<StageType>;
};

export type CreateProductInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  /** Purchase cost, for margins. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** Stock keeping unit, unique in your organization. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** The company it is bought from. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateReleaseChangelogEntryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  featureId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ChangelogKind>;
  position?: InputMaybe<Scalars['Int']['input']>;
  releaseId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateReleaseFeatureInput = {
  featureId: Scalars['ID']['input'];
  /** Its line in the release notes (moveFeatureToRelease starts it from the feature's title). */
  note: Scalars['String']['input'];
  releaseId: Scalars['ID']['input'];
};

export type CreateReleaseInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  roadmapId: Scalars['ID']['input'];
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<ReleaseType>;
  /** Version number (seed 003 version), unique within the roadmap (the trash does not hold it). */
  versionNumber: Scalars['String']['input'];
};

export type CreateRoadmapInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Short key (letters, digits, - and _), unique in your organization. */
  key: Scalars['String']['input'];
  lifecycle?: InputMaybe<Lifecycle>;
  /** Free-form product metrics. */
  metrics?: InputMaybe<Scalars['JSONObject']['input']>;
  name: Scalars['String']['input'];
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The team that owns it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the product is headed. */
  vision?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTeamInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateUserAliasInput = {
  /** The alias address (kept in lower case), unique in your organization. */
  alias: Scalars['String']['input'];
  contactId: Scalars['ID']['input'];
  /** Disabled aliases match no mail event. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The alias provider’s id for it. */
  providerAliasId: Scalars['String']['input'];
  /** A pre-signup alias, not yet persisted at the provider. */
  shadow?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A URL to receive your organization's events. */
export type CreateWebhookSubscriptionInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Comma-separated event types: deal.won, deal.lost, deal.move, order.paid, idea.status_changed, deal.*, *, … */
  eventTypes: Scalars['String']['input'];
  /** http(s); not a loopback, private or link-local address unless the server allows them. */
  url: Scalars['String']['input'];
};

export type CreateWorkItemInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  featureId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<WorkPriority>;
  roadmapId: Scalars['ID']['input'];
  status?: InputMaybe<WorkItemStatus>;
  title: Scalars['String']['input'];
};

/** A condition on one custom field, by key. Give one operator. */
export type CustomFieldCondition = {
  /** Case-insensitive substring of a TEXT value. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to (for MULTI_SELECT: contains this option). */
  eq?: InputMaybe<Scalars['JSON']['input']>;
  gt?: InputMaybe<Scalars['JSON']['input']>;
  gte?: InputMaybe<Scalars['JSON']['input']>;
  in?: InputMaybe<Array<Scalars['JSON']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  key: Scalars['String']['input'];
  lt?: InputMaybe<Scalars['JSON']['input']>;
  lte?: InputMaybe<Scalars['JSON']['input']>;
};

export type CustomFieldDefinition = {
  __typename?: 'CustomFieldDefinition';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The GraphQL type it extends, e.g. Deal. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Stable key used in customFields values and filters. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Allowed values for SELECT and MULTI_SELECT. */
  options: Array<Scalars['String']['output']>;
  position: Scalars['Float']['output'];
  required: Scalars['Boolean']['output'];
  type: CustomFieldType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: CustomFieldDefinitionPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type CustomFieldDefinitionAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<CustomFieldDefinitionNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of customFieldDefinitions. */
export type CustomFieldDefinitionAggregateRow = {
  __typename?: 'CustomFieldDefinitionAggregateRow';
  avg: CustomFieldDefinitionNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: CustomFieldDefinitionNumbers;
  min: CustomFieldDefinitionNumbers;
  sum: CustomFieldDefinitionNumbers;
};

/** A page of customFieldDefinitions. */
export type CustomFieldDefinitionConnection = {
  __typename?: 'CustomFieldDefinitionConnection';
  edges: Array<CustomFieldDefinitionEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<CustomFieldDefinition>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type CustomFieldDefinitionDateField =
  | 'CREATED_AT';

export type CustomFieldDefinitionDateGrouping = {
  field: CustomFieldDefinitionDateField;
  unit: DateUnit;
};

export type CustomFieldDefinitionEdge = {
  __typename?: 'CustomFieldDefinitionEdge';
  cursor: Scalars['String']['output'];
  node: CustomFieldDefinition;
};

export type CustomFieldDefinitionGroupKey =
  | 'ENTITY_TYPE'
  | 'KEY'
  | 'LABEL';

export type CustomFieldDefinitionNumbers = {
  __typename?: 'CustomFieldDefinitionNumbers';
  position: Maybe<Scalars['Float']['output']>;
};

export type CustomFieldDefinitionNumericField =
  | 'POSITION';

export type CustomFieldDefinitionOrderBy = {
  direction?: SortDirection;
  field: CustomFieldDefinitionOrderField;
};

export type CustomFieldDefinitionOrderField =
  | 'CREATED_AT'
  | 'LABEL'
  | 'POSITION';

/** What you may do with this CustomFieldDefinition. */
export type CustomFieldDefinitionPermissions = {
  __typename?: 'CustomFieldDefinitionPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this CustomFieldDefinition (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on customFieldDefinitions; fields combine with AND. */
export type CustomFieldDefinitionWhere = {
  AND?: InputMaybe<Array<CustomFieldDefinitionWhere>>;
  NOT?: InputMaybe<CustomFieldDefinitionWhere>;
  OR?: InputMaybe<Array<CustomFieldDefinitionWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  entityType?: InputMaybe<StringFilter>;
  key?: InputMaybe<StringFilter>;
  label?: InputMaybe<StringFilter>;
};

export type CustomFieldType =
  | 'BOOLEAN'
  | 'DATE'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

/** Named time series per company: one 4-decimal value per metric and timestamp. */
export type CustomMetric = {
  __typename?: 'CustomMetric';
  company: Maybe<Company>;
  companyId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  metadata: Scalars['JSONObject']['output'];
  /** Metric name, e.g. project_delivery_days. */
  metricName: Scalars['String']['output'];
  /** When the value was measured. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Data source: manual upload or an integration. */
  sourceSystem: Maybe<Scalars['String']['output']>;
  /** Unit of measurement: days, percent, … */
  unit: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  value: Scalars['Decimal']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: CustomMetricPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type CustomMetricAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<CustomMetricNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of customMetrics. */
export type CustomMetricAggregateRow = {
  __typename?: 'CustomMetricAggregateRow';
  avg: CustomMetricNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: CustomMetricNumbers;
  min: CustomMetricNumbers;
  sum: CustomMetricNumbers;
};

/** A page of customMetrics. */
export type CustomMetricConnection = {
  __typename?: 'CustomMetricConnection';
  edges: Array<CustomMetricEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<CustomMetric>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type CustomMetricDateField =
  | 'CREATED_AT'
  | 'RECORDED_AT'
  | 'UPDATED_AT';

export type CustomMetricDateGrouping = {
  field: CustomMetricDateField;
  unit: DateUnit;
};

export type CustomMetricEdge = {
  __typename?: 'CustomMetricEdge';
  cursor: Scalars['String']['output'];
  node: CustomMetric;
};

export type CustomMetricGroupKey =
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'METRIC_NAME'
  | 'SOURCE_SYSTEM';

/** Conditions on a to-many list of customMetrics (in the trash excluded); several combine with AND. */
export type CustomMetricListRelationFilter = {
  /** All of the customMetrics match; true when there are none. */
  every?: InputMaybe<CustomMetricWhere>;
  /** None of the customMetrics matches; true when there are none. */
  none?: InputMaybe<CustomMetricWhere>;
  /** At least one of the customMetrics matches. */
  some?: InputMaybe<CustomMetricWhere>;
};

export type CustomMetricNumbers = {
  __typename?: 'CustomMetricNumbers';
  value: Maybe<Scalars['Decimal']['output']>;
};

export type CustomMetricNumericField =
  | 'VALUE';

export type CustomMetricOrderBy = {
  direction?: SortDirection;
  field: CustomMetricOrderField;
};

export type CustomMetricOrderField =
  | 'CREATED_AT'
  | 'METRIC_NAME'
  | 'RECORDED_AT'
  | 'UPDATED_AT'
  | 'VALUE';

/** What you may do with this CustomMetric. */
export type CustomMetricPermissions = {
  __typename?: 'CustomMetricPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this CustomMetric (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on customMetrics; fields combine with AND. */
export type CustomMetricWhere = {
  AND?: InputMaybe<Array<CustomMetricWhere>>;
  NOT?: InputMaybe<CustomMetricWhere>;
  OR?: InputMaybe<Array<CustomMetricWhere>>;
  /** Only customMetrics whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  metricName?: InputMaybe<StringFilter>;
  recordedAt?: InputMaybe<DateTimeFilter>;
  sourceSystem?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  value?: InputMaybe<DecimalFilter>;
};

/** Referrals: valid until expiresAt; converting one rewards the referrer once. */
export type CustomerReferral = {
  __typename?: 'CustomerReferral';
  convertedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Valid until then (default: 90 days); afterwards it expires. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['String']['output']>;
  referred: Maybe<Contact>;
  /** The customer it became (convertReferral). */
  referredContactId: Maybe<Scalars['ID']['output']>;
  referredEmail: Maybe<Scalars['String']['output']>;
  /** Who was referred, as the referrer named them. */
  referredName: Scalars['String']['output'];
  referredPhone: Maybe<Scalars['String']['output']>;
  referrer: Maybe<Contact>;
  referrerContactId: Scalars['ID']['output'];
  /** Points the referrer gets on conversion, in rewardProgram. */
  rewardAmount: Scalars['Int']['output'];
  rewardPaid: Scalars['Boolean']['output'];
  rewardProgram: Maybe<LoyaltyProgram>;
  /** The program the reward is paid in. */
  rewardProgramId: Maybe<Scalars['ID']['output']>;
  status: ReferralStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: CustomerReferralPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type CustomerReferralAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<CustomerReferralNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of customerReferrals. */
export type CustomerReferralAggregateRow = {
  __typename?: 'CustomerReferralAggregateRow';
  avg: CustomerReferralNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: CustomerReferralNumbers;
  min: CustomerReferralNumbers;
  sum: CustomerReferralNumbers;
};

/** A page of customerReferrals. */
export type CustomerReferralConnection = {
  __typename?: 'CustomerReferralConnection';
  edges: Array<CustomerReferralEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<CustomerReferral>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerReferralDateField =
  | 'CREATED_AT'
  | 'EXPIRES_AT'
  | 'UPDATED_AT';

export type CustomerReferralDateGrouping = {
  field: CustomerReferralDateField;
  unit: DateUnit;
};

export type CustomerReferralEdge = {
  __typename?: 'CustomerReferralEdge';
  cursor: Scalars['String']['output'];
  node: CustomerReferral;
};

export type CustomerReferralGroupKey =
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'REFERRED_CONTACT_ID'
  | 'REFERRED_EMAIL'
  | 'REFERRED_NAME'
  | 'REFERRED__EMAIL'
  | 'REFERRED__FIRST_NAME'
  | 'REFERRED__IS_PRIMARY'
  | 'REFERRED__JOB_TITLE'
  | 'REFERRED__LAST_NAME'
  | 'REFERRER_CONTACT_ID'
  | 'REFERRER__EMAIL'
  | 'REFERRER__FIRST_NAME'
  | 'REFERRER__IS_PRIMARY'
  | 'REFERRER__JOB_TITLE'
  | 'REFERRER__LAST_NAME'
  | 'REWARD_PROGRAM_ID'
  | 'REWARD_PROGRAM__IS_ACTIVE'
  | 'REWARD_PROGRAM__NAME'
  | 'STATUS';

/** Conditions on a to-many list of customerReferrals (in the trash excluded); several combine with AND. */
export type CustomerReferralListRelationFilter = {
  /** All of the customerReferrals match; true when there are none. */
  every?: InputMaybe<CustomerReferralWhere>;
  /** None of the customerReferrals matches; true when there are none. */
  none?: InputMaybe<CustomerReferralWhere>;
  /** At least one of the customerReferrals matches. */
  some?: InputMaybe<CustomerReferralWhere>;
};

export type CustomerReferralNumbers = {
  __typename?: 'CustomerReferralNumbers';
  rewardAmount: Maybe<Scalars['Float']['output']>;
};

export type CustomerReferralNumericField =
  | 'REWARD_AMOUNT';

export type CustomerReferralOrderBy = {
  direction?: SortDirection;
  field: CustomerReferralOrderField;
};

export type CustomerReferralOrderField =
  | 'CREATED_AT'
  | 'EXPIRES_AT'
  | 'REFERRED_NAME'
  | 'UPDATED_AT';

/** What you may do with this CustomerReferral. */
export type CustomerReferralPermissions = {
  __typename?: 'CustomerReferralPermissions';
  /** Run convertReferral on it. */
  convertReferral: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this CustomerReferral (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on customerReferrals; fields combine with AND. */
export type CustomerReferralWhere = {
  AND?: InputMaybe<Array<CustomerReferralWhere>>;
  NOT?: InputMaybe<CustomerReferralWhere>;
  OR?: InputMaybe<Array<CustomerReferralWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  expiresAt?: InputMaybe<DateTimeFilter>;
  /** Only customerReferrals whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  /** Only customerReferrals whose referred matches. */
  referred?: InputMaybe<ContactWhere>;
  referredContactId?: InputMaybe<IdFilter>;
  referredEmail?: InputMaybe<StringFilter>;
  referredName?: InputMaybe<StringFilter>;
  /** Only customerReferrals whose referrer matches. */
  referrer?: InputMaybe<ContactWhere>;
  referrerContactId?: InputMaybe<IdFilter>;
  /** Only customerReferrals whose rewardProgram matches. */
  rewardProgram?: InputMaybe<LoyaltyProgramWhere>;
  rewardProgramId?: InputMaybe<IdFilter>;
  status?: InputMaybe<ReferralStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A contact’s orders not cancelled, per currency. */
export type CustomerRevenue = {
  __typename?: 'CustomerRevenue';
  contactId: Scalars['ID']['output'];
  currency: Scalars['String']['output'];
  name: Scalars['String']['output'];
  orderCount: Scalars['Int']['output'];
  revenue: Scalars['Decimal']['output'];
};

/** Conditions on a calendar date. */
export type DateFilter = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
  ne?: InputMaybe<Scalars['Date']['input']>;
  notIn?: InputMaybe<Array<Scalars['Date']['input']>>;
};

/** Conditions on a timestamp. */
export type DateTimeFilter = {
  eq?: InputMaybe<Scalars['DateTimeISO']['input']>;
  gt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  gte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  in?: InputMaybe<Array<Scalars['DateTimeISO']['input']>>;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  lte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  ne?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notIn?: InputMaybe<Array<Scalars['DateTimeISO']['input']>>;
};

/** Calendar unit a date or timestamp is truncated to for grouping (UTC). */
export type DateUnit =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

export type Deal = {
  __typename?: 'Deal';
  activities: ActivityConnection;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  company: Maybe<Company>;
  companyId: Maybe<Scalars['String']['output']>;
  contact: Maybe<Contact>;
  contactId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code of value. */
  currency: Scalars['String']['output'];
  /** Values of the organization’s custom fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  /** Whole days since the deal entered its current stage. */
  daysInStage: Scalars['Int']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** The probability used for weighting: the deal’s own, else its stage’s. */
  effectiveProbability: Scalars['Float']['output'];
  expectedCloseDate: Maybe<Scalars['Date']['output']>;
  /** Events of this deal from outside CRMs, beside its stageChanges. */
  externalEvents: LeadEventConnection;
  id: Scalars['ID']['output'];
  /** Open and idle in its stage longer than the stage’s rotting days. */
  isRotting: Scalars['Boolean']['output'];
  /** Its products; when there are any, the deal value is their sum. */
  lineItems: DealLineItemConnection;
  lostReason: Maybe<Scalars['String']['output']>;
  /** The earliest open activity of the deal. */
  nextActivity: Maybe<Activity>;
  nextActivityState: NextActivityState;
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['String']['output']>;
  pipeline: Maybe<Pipeline>;
  pipelineId: Scalars['String']['output'];
  /** Fractional order key inside its stage column; compare as bytes. */
  position: Scalars['String']['output'];
  priority: Priority;
  /** Overrides the stage probability (0..1) in weighted totals. */
  probability: Maybe<Scalars['Float']['output']>;
  source: Maybe<Scalars['String']['output']>;
  stage: Maybe<PipelineStage>;
  /** Stage history, oldest first. */
  stageChanges: DealStageChangeConnection;
  /** When the deal entered its current stage. */
  stageEnteredAt: Scalars['DateTimeISO']['output'];
  stageId: Scalars['String']['output'];
  status: DealStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  value: Maybe<Scalars['Decimal']['output']>;
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: DealPermissions;
  weightedValue: Maybe<Scalars['Decimal']['output']>;
};


export type DealActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
  where?: InputMaybe<ActivityWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type DealExternalEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LeadEventOrderBy>>;
  where?: InputMaybe<LeadEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type DealLineItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealLineItemOrderBy>>;
  where?: InputMaybe<DealLineItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type DealStageChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealStageChangeOrderBy>>;
  where?: InputMaybe<DealStageChangeWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type DealAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<DealNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of deals. */
export type DealAggregateRow = {
  __typename?: 'DealAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: DealNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: DealNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: DealNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: DealNumbers;
};

/** A page of deals. */
export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Deal>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DealDateField =
  | 'CLOSED_AT'
  | 'CREATED_AT'
  | 'EXPECTED_CLOSE_DATE'
  | 'STAGE_ENTERED_AT'
  | 'UPDATED_AT';

export type DealDateGrouping = {
  field: DealDateField;
  unit: DateUnit;
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

/** Something happened to a deal; `deal` is its state now as you may see it (null once deleted). */
export type DealEvent = {
  __typename?: 'DealEvent';
  /** CREATE, UPDATE, MOVE, DELETE or RESTORE; RESYNC when events may have been missed (a server lost its connection): reload the pipeline (dealId is then the pipeline's id). */
  action: Scalars['String']['output'];
  actorUserId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTimeISO']['output'];
  deal: Maybe<Deal>;
  dealId: Scalars['ID']['output'];
};

export type DealGroupKey =
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'CURRENCY'
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'PIPELINE_ID'
  | 'PIPELINE__NAME'
  | 'PRIORITY'
  | 'SOURCE'
  | 'STAGE_ID'
  | 'STAGE__NAME'
  | 'STAGE__TYPE'
  | 'STATUS'
  | 'TITLE';

/** Products on deals; written by setDealLineItems, which keeps the deal value their sum. */
export type DealLineItem = {
  __typename?: 'DealLineItem';
  createdAt: Scalars['DateTimeISO']['output'];
  deal: Maybe<Deal>;
  dealId: Scalars['ID']['output'];
  /** Taken off the line: at most quantity × unit price. */
  discountAmount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** quantity × unit price − discount, in the deal’s currency. */
  lineTotal: Scalars['Decimal']['output'];
  product: Maybe<Product>;
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type DealLineItemAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<DealLineItemNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of dealLineItems. */
export type DealLineItemAggregateRow = {
  __typename?: 'DealLineItemAggregateRow';
  avg: DealLineItemNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: DealLineItemNumbers;
  min: DealLineItemNumbers;
  sum: DealLineItemNumbers;
};

/** A page of dealLineItems. */
export type DealLineItemConnection = {
  __typename?: 'DealLineItemConnection';
  edges: Array<DealLineItemEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<DealLineItem>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DealLineItemDateField =
  | 'CREATED_AT';

export type DealLineItemDateGrouping = {
  field: DealLineItemDateField;
  unit: DateUnit;
};

export type DealLineItemEdge = {
  __typename?: 'DealLineItemEdge';
  cursor: Scalars['String']['output'];
  node: DealLineItem;
};

export type DealLineItemGroupKey =
  | 'DEAL_ID'
  | 'DEAL__CURRENCY'
  | 'DEAL__PRIORITY'
  | 'DEAL__SOURCE'
  | 'DEAL__STATUS'
  | 'DEAL__TITLE'
  | 'PRODUCT_ID'
  | 'PRODUCT__CATEGORY'
  | 'PRODUCT__CURRENCY'
  | 'PRODUCT__IS_ACTIVE'
  | 'PRODUCT__NAME'
  | 'PRODUCT__SKU';

export type DealLineItemInput = {
  /** Taken off the line (default 0); at most quantity × unit price. */
  discountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  /** Default: the product’s price (it must then be in the deal’s currency). */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Conditions on a to-many list of dealLineItems (in the trash excluded); several combine with AND. */
export type DealLineItemListRelationFilter = {
  /** All of the dealLineItems match; true when there are none. */
  every?: InputMaybe<DealLineItemWhere>;
  /** None of the dealLineItems matches; true when there are none. */
  none?: InputMaybe<DealLineItemWhere>;
  /** At least one of the dealLineItems matches. */
  some?: InputMaybe<DealLineItemWhere>;
};

export type DealLineItemNumbers = {
  __typename?: 'DealLineItemNumbers';
  discountAmount: Maybe<Scalars['Decimal']['output']>;
  lineTotal: Maybe<Scalars['Decimal']['output']>;
  quantity: Maybe<Scalars['Float']['output']>;
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};

export type DealLineItemNumericField =
  | 'DISCOUNT_AMOUNT'
  | 'LINE_TOTAL'
  | 'QUANTITY'
  | 'UNIT_PRICE';

export type DealLineItemOrderBy = {
  direction?: SortDirection;
  field: DealLineItemOrderField;
};

export type DealLineItemOrderField =
  | 'CREATED_AT';

/** Conditions on dealLineItems; fields combine with AND. */
export type DealLineItemWhere = {
  AND?: InputMaybe<Array<DealLineItemWhere>>;
  NOT?: InputMaybe<DealLineItemWhere>;
  OR?: InputMaybe<Array<DealLineItemWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only dealLineItems whose deal matches. */
  deal?: InputMaybe<DealWhere>;
  dealId?: InputMaybe<IdFilter>;
  /** Only dealLineItems whose product matches. */
  product?: InputMaybe<ProductWhere>;
  productId?: InputMaybe<IdFilter>;
};

/** Conditions on a to-many list of deals (in the trash excluded); several combine with AND. */
export type DealListRelationFilter = {
  /** All of the deals match; true when there are none. */
  every?: InputMaybe<DealWhere>;
  /** None of the deals matches; true when there are none. */
  none?: InputMaybe<DealWhere>;
  /** At least one of the deals matches. */
  some?: InputMaybe<DealWhere>;
};

export type DealNumbers = {
  __typename?: 'DealNumbers';
  probability: Maybe<Scalars['Float']['output']>;
  value: Maybe<Scalars['Decimal']['output']>;
};

export type DealNumericField =
  | 'PROBABILITY'
  | 'VALUE';

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

/** What you may do with this Deal. */
export type DealPermissions = {
  __typename?: 'DealPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run moveDeal on it. */
  moveDeal: Scalars['Boolean']['output'];
  /** Run moveDealToPipeline on it. */
  moveDealToPipeline: Scalars['Boolean']['output'];
  /** Run setDealLineItems on it. */
  setDealLineItems: Scalars['Boolean']['output'];
  /** Change this Deal (update). */
  update: Scalars['Boolean']['output'];
};

export type DealStageChange = {
  __typename?: 'DealStageChange';
  changedBy: Maybe<User>;
  changedById: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  deal: Maybe<Deal>;
  dealId: Scalars['String']['output'];
  fromStage: Maybe<PipelineStage>;
  /** When the deal had entered the stage it left: time in stage = createdAt − this. */
  fromStageEnteredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Null when the deal was created. */
  fromStageId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  pipelineId: Scalars['String']['output'];
  toStage: Maybe<PipelineStage>;
  toStageId: Scalars['String']['output'];
  toStatus: DealStatus;
  value: Maybe<Scalars['Decimal']['output']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type DealStageChangeAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<DealStageChangeNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of dealStageChanges. */
export type DealStageChangeAggregateRow = {
  __typename?: 'DealStageChangeAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: DealStageChangeNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: DealStageChangeNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: DealStageChangeNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: DealStageChangeNumbers;
};

/** A page of dealStageChanges. */
export type DealStageChangeConnection = {
  __typename?: 'DealStageChangeConnection';
  edges: Array<DealStageChangeEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<DealStageChange>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DealStageChangeDateField =
  | 'CREATED_AT';

export type DealStageChangeDateGrouping = {
  field: DealStageChangeDateField;
  unit: DateUnit;
};

export type DealStageChangeEdge = {
  __typename?: 'DealStageChangeEdge';
  cursor: Scalars['String']['output'];
  node: DealStageChange;
};

export type DealStageChangeGroupKey =
  | 'CHANGED_BY__EMAIL'
  | 'CHANGED_BY__NAME'
  | 'DEAL_ID'
  | 'DEAL__CURRENCY'
  | 'DEAL__PRIORITY'
  | 'DEAL__SOURCE'
  | 'DEAL__STATUS'
  | 'DEAL__TITLE'
  | 'FROM_STAGE_ID'
  | 'FROM_STAGE__NAME'
  | 'FROM_STAGE__TYPE'
  | 'PIPELINE_ID'
  | 'TO_STAGE_ID'
  | 'TO_STAGE__NAME'
  | 'TO_STAGE__TYPE';

/** Conditions on a to-many list of dealStageChanges (in the trash excluded); several combine with AND. */
export type DealStageChangeListRelationFilter = {
  /** All of the dealStageChanges match; true when there are none. */
  every?: InputMaybe<DealStageChangeWhere>;
  /** None of the dealStageChanges matches; true when there are none. */
  none?: InputMaybe<DealStageChangeWhere>;
  /** At least one of the dealStageChanges matches. */
  some?: InputMaybe<DealStageChangeWhere>;
};

export type DealStageChangeNumbers = {
  __typename?: 'DealStageChangeNumbers';
  value: Maybe<Scalars['Decimal']['output']>;
};

export type DealStageChangeNumericField =
  | 'VALUE';

export type DealStageChangeOrderBy = {
  direction?: SortDirection;
  field: DealStageChangeOrderField;
};

export type DealStageChangeOrderField =
  | 'CREATED_AT';

/** Conditions on dealStageChanges; fields combine with AND. */
export type DealStageChangeWhere = {
  AND?: InputMaybe<Array<DealStageChangeWhere>>;
  NOT?: InputMaybe<DealStageChangeWhere>;
  OR?: InputMaybe<Array<DealStageChangeWhere>>;
  /** Only dealStageChanges whose changedBy matches. */
  changedBy?: InputMaybe<UserWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only dealStageChanges whose deal matches. */
  deal?: InputMaybe<DealWhere>;
  dealId?: InputMaybe<IdFilter>;
  /** Only dealStageChanges whose fromStage matches. */
  fromStage?: InputMaybe<PipelineStageWhere>;
  fromStageId?: InputMaybe<IdFilter>;
  pipelineId?: InputMaybe<IdFilter>;
  /** Only dealStageChanges whose toStage matches. */
  toStage?: InputMaybe<PipelineStageWhere>;
  toStageId?: InputMaybe<IdFilter>;
};

export type DealStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Conditions on a DealStatus field. */
export type DealStatusFilter = {
  eq?: InputMaybe<DealStatus>;
  in?: InputMaybe<Array<DealStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<DealStatus>;
  notIn?: InputMaybe<Array<DealStatus>>;
};

/** Conditions on deals; fields combine with AND. */
export type DealWhere = {
  AND?: InputMaybe<Array<DealWhere>>;
  NOT?: InputMaybe<DealWhere>;
  OR?: InputMaybe<Array<DealWhere>>;
  /** Only deals with some, every or none of their activities matching. */
  activities?: InputMaybe<ActivityListRelationFilter>;
  closedAt?: InputMaybe<DateTimeFilter>;
  /** Only deals whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  /** Only deals whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  customFields?: InputMaybe<Array<CustomFieldCondition>>;
  expectedCloseDate?: InputMaybe<DateFilter>;
  /** Only deals with some, every or none of their externalEvents matching. */
  externalEvents?: InputMaybe<LeadEventListRelationFilter>;
  /** Only deals with some, every or none of their lineItems matching. */
  lineItems?: InputMaybe<DealLineItemListRelationFilter>;
  /** Only deals whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  /** Only deals whose pipeline matches. */
  pipeline?: InputMaybe<PipelineWhere>;
  pipelineId?: InputMaybe<IdFilter>;
  priority?: InputMaybe<PriorityFilter>;
  /** Words to find (prefix match on each word). */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<StringFilter>;
  /** Only deals whose stage matches. */
  stage?: InputMaybe<PipelineStageWhere>;
  /** Only deals with some, every or none of their stageChanges matching. */
  stageChanges?: InputMaybe<DealStageChangeListRelationFilter>;
  stageEnteredAt?: InputMaybe<DateTimeFilter>;
  stageId?: InputMaybe<IdFilter>;
  status?: InputMaybe<DealStatusFilter>;
  /** Only deals owned by members of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  value?: InputMaybe<DecimalFilter>;
};

/** Conditions on an exact decimal field. */
export type DecimalFilter = {
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  ne?: InputMaybe<Scalars['Decimal']['input']>;
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** Deliveries of orders, one per order. */
export type Delivery = {
  __typename?: 'Delivery';
  actualDelivery: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where to: street, city, state, zipCode, country. */
  address: Scalars['JSONObject']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  deliveryMethod: DeliveryMethod;
  estimatedDelivery: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  order: Maybe<Order>;
  orderId: Scalars['ID']['output'];
  /** Who receives it. */
  recipientName: Scalars['String']['output'];
  status: DeliveryStatus;
  trackingNumber: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: DeliveryPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type DeliveryAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of deliveries. */
export type DeliveryAggregateRow = {
  __typename?: 'DeliveryAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of deliveries. */
export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  edges: Array<DeliveryEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Delivery>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DeliveryDateField =
  | 'ACTUAL_DELIVERY'
  | 'CREATED_AT'
  | 'ESTIMATED_DELIVERY'
  | 'UPDATED_AT';

export type DeliveryDateGrouping = {
  field: DeliveryDateField;
  unit: DateUnit;
};

export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  cursor: Scalars['String']['output'];
  node: Delivery;
};

export type DeliveryGroupKey =
  | 'DELIVERY_METHOD'
  | 'ORDER_ID'
  | 'ORDER__CURRENCY'
  | 'ORDER__STATUS'
  | 'RECIPIENT_NAME'
  | 'STATUS'
  | 'TRACKING_NUMBER';

/** Conditions on a to-many list of deliveries (in the trash excluded); several combine with AND. */
export type DeliveryListRelationFilter = {
  /** All of the deliveries match; true when there are none. */
  every?: InputMaybe<DeliveryWhere>;
  /** None of the deliveries matches; true when there are none. */
  none?: InputMaybe<DeliveryWhere>;
  /** At least one of the deliveries matches. */
  some?: InputMaybe<DeliveryWhere>;
};

export type DeliveryMethod =
  | 'DELIVERY'
  | 'PICKUP'
  | 'SHIPPING';

/** Conditions on a DeliveryMethod field. */
export type DeliveryMethodFilter = {
  eq?: InputMaybe<DeliveryMethod>;
  in?: InputMaybe<Array<DeliveryMethod>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<DeliveryMethod>;
  notIn?: InputMaybe<Array<DeliveryMethod>>;
};

export type DeliveryOrderBy = {
  direction?: SortDirection;
  field: DeliveryOrderField;
};

export type DeliveryOrderField =
  | 'ACTUAL_DELIVERY'
  | 'CREATED_AT'
  | 'ESTIMATED_DELIVERY'
  | 'RECIPIENT_NAME'
  | 'UPDATED_AT';

/** What you may do with this Delivery. */
export type DeliveryPermissions = {
  __typename?: 'DeliveryPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Delivery (update). */
  update: Scalars['Boolean']['output'];
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
  eq?: InputMaybe<DeliveryStatus>;
  in?: InputMaybe<Array<DeliveryStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<DeliveryStatus>;
  notIn?: InputMaybe<Array<DeliveryStatus>>;
};

/** Conditions on deliveries; fields combine with AND. */
export type DeliveryWhere = {
  AND?: InputMaybe<Array<DeliveryWhere>>;
  NOT?: InputMaybe<DeliveryWhere>;
  OR?: InputMaybe<Array<DeliveryWhere>>;
  actualDelivery?: InputMaybe<DateTimeFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deliveryMethod?: InputMaybe<DeliveryMethodFilter>;
  estimatedDelivery?: InputMaybe<DateTimeFilter>;
  /** Only deliveries whose order matches. */
  order?: InputMaybe<OrderWhere>;
  orderId?: InputMaybe<IdFilter>;
  recipientName?: InputMaybe<StringFilter>;
  status?: InputMaybe<DeliveryStatusFilter>;
  trackingNumber?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Who asked for an idea or feature through linked feedback, and the open revenue behind them. */
export type Demand = {
  __typename?: 'Demand';
  /** Distinct customers: companies, and contacts without a company. */
  customers: Scalars['Int']['output'];
  /** Linked feedback items. */
  feedback: Scalars['Int']['output'];
  /** Their open deals, per currency. */
  openDeals: Array<DemandValue>;
};

/** Open deals of the customers behind a request, in one currency (amounts are never converted). */
export type DemandValue = {
  __typename?: 'DemandValue';
  currency: Scalars['String']['output'];
  deals: Scalars['Int']['output'];
  value: Scalars['Decimal']['output'];
};

/** Product documents; each edit of title or content is kept as a DocumentVersion (see versions, restoreDocumentVersion). */
export type Document = {
  __typename?: 'Document';
  author: Maybe<User>;
  /** Who created it. */
  authorId: Scalars['ID']['output'];
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The revision of its current title and content (seed 003 version); 1 when created. */
  revision: Scalars['Int']['output'];
  roadmap: Maybe<Roadmap>;
  roadmapId: Maybe<Scalars['ID']['output']>;
  status: DocumentStatus;
  title: Scalars['String']['output'];
  type: DocumentType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** Its revisions. */
  versions: DocumentVersionConnection;
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: DocumentPermissions;
};


/** Product documents; each edit of title or content is kept as a DocumentVersion (see versions, restoreDocumentVersion). */
export type DocumentVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DocumentVersionOrderBy>>;
  where?: InputMaybe<DocumentVersionWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type DocumentAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<DocumentNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of documents. */
export type DocumentAggregateRow = {
  __typename?: 'DocumentAggregateRow';
  avg: DocumentNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: DocumentNumbers;
  min: DocumentNumbers;
  sum: DocumentNumbers;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Document>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DocumentDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type DocumentDateGrouping = {
  field: DocumentDateField;
  unit: DateUnit;
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentGroupKey =
  | 'AUTHOR_ID'
  | 'AUTHOR__EMAIL'
  | 'AUTHOR__NAME'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TITLE'
  | 'TYPE';

/** Conditions on a to-many list of documents (in the trash excluded); several combine with AND. */
export type DocumentListRelationFilter = {
  /** All of the documents match; true when there are none. */
  every?: InputMaybe<DocumentWhere>;
  /** None of the documents matches; true when there are none. */
  none?: InputMaybe<DocumentWhere>;
  /** At least one of the documents matches. */
  some?: InputMaybe<DocumentWhere>;
};

export type DocumentNumbers = {
  __typename?: 'DocumentNumbers';
  revision: Maybe<Scalars['Float']['output']>;
};

export type DocumentNumericField =
  | 'REVISION';

export type DocumentOrderBy = {
  direction?: SortDirection;
  field: DocumentOrderField;
};

export type DocumentOrderField =
  | 'CREATED_AT'
  | 'REVISION'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this Document. */
export type DocumentPermissions = {
  __typename?: 'DocumentPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run restoreDocumentVersion on it. */
  restoreDocumentVersion: Scalars['Boolean']['output'];
  /** Change this Document (update). */
  update: Scalars['Boolean']['output'];
};

export type DocumentStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REVIEW';

/** Conditions on a DocumentStatus field. */
export type DocumentStatusFilter = {
  eq?: InputMaybe<DocumentStatus>;
  in?: InputMaybe<Array<DocumentStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<DocumentStatus>;
  notIn?: InputMaybe<Array<DocumentStatus>>;
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
  eq?: InputMaybe<DocumentType>;
  in?: InputMaybe<Array<DocumentType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<DocumentType>;
  notIn?: InputMaybe<Array<DocumentType>>;
};

/** Every revision of a document: who wrote it, when, and what it said. */
export type DocumentVersion = {
  __typename?: 'DocumentVersion';
  author: Maybe<User>;
  /** Who wrote this revision. */
  authorId: Maybe<Scalars['ID']['output']>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  document: Maybe<Document>;
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  revision: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type DocumentVersionAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<DocumentVersionNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of documentVersions. */
export type DocumentVersionAggregateRow = {
  __typename?: 'DocumentVersionAggregateRow';
  avg: DocumentVersionNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: DocumentVersionNumbers;
  min: DocumentVersionNumbers;
  sum: DocumentVersionNumbers;
};

/** A page of documentVersions. */
export type DocumentVersionConnection = {
  __typename?: 'DocumentVersionConnection';
  edges: Array<DocumentVersionEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<DocumentVersion>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type DocumentVersionDateField =
  | 'CREATED_AT';

export type DocumentVersionDateGrouping = {
  field: DocumentVersionDateField;
  unit: DateUnit;
};

export type DocumentVersionEdge = {
  __typename?: 'DocumentVersionEdge';
  cursor: Scalars['String']['output'];
  node: DocumentVersion;
};

export type DocumentVersionGroupKey =
  | 'AUTHOR__EMAIL'
  | 'AUTHOR__NAME'
  | 'DOCUMENT_ID'
  | 'DOCUMENT__STATUS'
  | 'DOCUMENT__TITLE'
  | 'DOCUMENT__TYPE';

/** Conditions on a to-many list of documentVersions (in the trash excluded); several combine with AND. */
export type DocumentVersionListRelationFilter = {
  /** All of the documentVersions match; true when there are none. */
  every?: InputMaybe<DocumentVersionWhere>;
  /** None of the documentVersions matches; true when there are none. */
  none?: InputMaybe<DocumentVersionWhere>;
  /** At least one of the documentVersions matches. */
  some?: InputMaybe<DocumentVersionWhere>;
};

export type DocumentVersionNumbers = {
  __typename?: 'DocumentVersionNumbers';
  revision: Maybe<Scalars['Float']['output']>;
};

export type DocumentVersionNumericField =
  | 'REVISION';

export type DocumentVersionOrderBy = {
  direction?: SortDirection;
  field: DocumentVersionOrderField;
};

export type DocumentVersionOrderField =
  | 'CREATED_AT'
  | 'REVISION';

/** Conditions on documentVersions; fields combine with AND. */
export type DocumentVersionWhere = {
  AND?: InputMaybe<Array<DocumentVersionWhere>>;
  NOT?: InputMaybe<DocumentVersionWhere>;
  OR?: InputMaybe<Array<DocumentVersionWhere>>;
  /** Only documentVersions whose author matches. */
  author?: InputMaybe<UserWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only documentVersions whose document matches. */
  document?: InputMaybe<DocumentWhere>;
  documentId?: InputMaybe<IdFilter>;
  revision?: InputMaybe<IntFilter>;
};

/** Conditions on documents; fields combine with AND. */
export type DocumentWhere = {
  AND?: InputMaybe<Array<DocumentWhere>>;
  NOT?: InputMaybe<DocumentWhere>;
  OR?: InputMaybe<Array<DocumentWhere>>;
  /** Only documents whose author matches. */
  author?: InputMaybe<UserWhere>;
  authorId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  revision?: InputMaybe<IntFilter>;
  /** Only documents whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  status?: InputMaybe<DocumentStatusFilter>;
  title?: InputMaybe<StringFilter>;
  type?: InputMaybe<DocumentTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Only documents with some, every or none of their versions matching. */
  versions?: InputMaybe<DocumentVersionListRelationFilter>;
};

/** Mail provider events (delivered, bounce, open, click…); received by the signed webhook only. */
export type EmailEvent = {
  __typename?: 'EmailEvent';
  alias: Maybe<UserAlias>;
  /** The alias the address matched, if it was one. */
  aliasId: Maybe<Scalars['ID']['output']>;
  contact: Maybe<Contact>;
  contactId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** delivered, bounce, complaint, open, click, … as the provider names it. */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the provider sent besides the fields above (no message content). */
  meta: Scalars['JSONObject']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The provider’s event id: an event sent twice is stored once. */
  providerEventId: Scalars['String']['output'];
  /** The provider’s id of the message. */
  providerMessageId: Maybe<Scalars['String']['output']>;
  /** The address the event is about, in lower case. */
  toAddress: Scalars['String']['output'];
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type EmailEventAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of emailEvents. */
export type EmailEventAggregateRow = {
  __typename?: 'EmailEventAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of emailEvents. */
export type EmailEventConnection = {
  __typename?: 'EmailEventConnection';
  edges: Array<EmailEventEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<EmailEvent>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type EmailEventDateField =
  | 'CREATED_AT'
  | 'OCCURRED_AT';

export type EmailEventDateGrouping = {
  field: EmailEventDateField;
  unit: DateUnit;
};

export type EmailEventEdge = {
  __typename?: 'EmailEventEdge';
  cursor: Scalars['String']['output'];
  node: EmailEvent;
};

export type EmailEventGroupKey =
  | 'ALIAS_ID'
  | 'ALIAS__ALIAS'
  | 'ALIAS__ENABLED'
  | 'ALIAS__PROVIDER_ALIAS_ID'
  | 'ALIAS__SHADOW'
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'EVENT_TYPE'
  | 'PROVIDER_MESSAGE_ID'
  | 'TO_ADDRESS';

/** Conditions on a to-many list of emailEvents (in the trash excluded); several combine with AND. */
export type EmailEventListRelationFilter = {
  /** All of the emailEvents match; true when there are none. */
  every?: InputMaybe<EmailEventWhere>;
  /** None of the emailEvents matches; true when there are none. */
  none?: InputMaybe<EmailEventWhere>;
  /** At least one of the emailEvents matches. */
  some?: InputMaybe<EmailEventWhere>;
};

export type EmailEventOrderBy = {
  direction?: SortDirection;
  field: EmailEventOrderField;
};

export type EmailEventOrderField =
  | 'CREATED_AT'
  | 'OCCURRED_AT';

/** Conditions on emailEvents; fields combine with AND. */
export type EmailEventWhere = {
  AND?: InputMaybe<Array<EmailEventWhere>>;
  NOT?: InputMaybe<EmailEventWhere>;
  OR?: InputMaybe<Array<EmailEventWhere>>;
  /** Only emailEvents whose alias matches. */
  alias?: InputMaybe<UserAliasWhere>;
  aliasId?: InputMaybe<IdFilter>;
  /** Only emailEvents whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  eventType?: InputMaybe<StringFilter>;
  occurredAt?: InputMaybe<DateTimeFilter>;
  providerMessageId?: InputMaybe<StringFilter>;
  toAddress?: InputMaybe<StringFilter>;
};

export type Epic = {
  __typename?: 'Epic';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Scalars['String']['output'];
  endDate: Maybe<Scalars['Date']['output']>;
  features: FeatureConnection;
  id: Scalars['ID']['output'];
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  startDate: Maybe<Scalars['Date']['output']>;
  /** Changed by changeEpicStatus (legal transitions only). */
  status: EpicStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: EpicPermissions;
};


export type EpicFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeatureOrderBy>>;
  where?: InputMaybe<FeatureWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type EpicAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of epics. */
export type EpicAggregateRow = {
  __typename?: 'EpicAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of epics. */
export type EpicConnection = {
  __typename?: 'EpicConnection';
  edges: Array<EpicEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Epic>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type EpicDateField =
  | 'CREATED_AT'
  | 'START_DATE'
  | 'UPDATED_AT';

export type EpicDateGrouping = {
  field: EpicDateField;
  unit: DateUnit;
};

export type EpicEdge = {
  __typename?: 'EpicEdge';
  cursor: Scalars['String']['output'];
  node: Epic;
};

export type EpicGroupKey =
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TITLE';

/** Conditions on a to-many list of epics (in the trash excluded); several combine with AND. */
export type EpicListRelationFilter = {
  /** All of the epics match; true when there are none. */
  every?: InputMaybe<EpicWhere>;
  /** None of the epics matches; true when there are none. */
  none?: InputMaybe<EpicWhere>;
  /** At least one of the epics matches. */
  some?: InputMaybe<EpicWhere>;
};

export type EpicOrderBy = {
  direction?: SortDirection;
  field: EpicOrderField;
};

export type EpicOrderField =
  | 'CREATED_AT'
  | 'START_DATE'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this Epic. */
export type EpicPermissions = {
  __typename?: 'EpicPermissions';
  /** Run changeEpicStatus on it. */
  changeEpicStatus: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Epic (update). */
  update: Scalars['Boolean']['output'];
};

export type EpicStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNING';

/** Conditions on a EpicStatus field. */
export type EpicStatusFilter = {
  eq?: InputMaybe<EpicStatus>;
  in?: InputMaybe<Array<EpicStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<EpicStatus>;
  notIn?: InputMaybe<Array<EpicStatus>>;
};

/** Conditions on epics; fields combine with AND. */
export type EpicWhere = {
  AND?: InputMaybe<Array<EpicWhere>>;
  NOT?: InputMaybe<EpicWhere>;
  OR?: InputMaybe<Array<EpicWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only epics with some, every or none of their features matching. */
  features?: InputMaybe<FeatureListRelationFilter>;
  /** Only epics whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  startDate?: InputMaybe<DateFilter>;
  status?: InputMaybe<EpicStatusFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Experiment = {
  __typename?: 'Experiment';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['DateTimeISO']['output']>;
  hypothesis: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The metrics it watches. */
  metrics: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  owner: Maybe<User>;
  ownerId: Scalars['ID']['output'];
  /** Results, as recorded. */
  results: Maybe<Scalars['JSONObject']['output']>;
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  startDate: Maybe<Scalars['DateTimeISO']['output']>;
  status: ExperimentStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ExperimentPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ExperimentAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of experiments. */
export type ExperimentAggregateRow = {
  __typename?: 'ExperimentAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of experiments. */
export type ExperimentConnection = {
  __typename?: 'ExperimentConnection';
  edges: Array<ExperimentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Experiment>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ExperimentDateField =
  | 'CREATED_AT'
  | 'START_DATE'
  | 'UPDATED_AT';

export type ExperimentDateGrouping = {
  field: ExperimentDateField;
  unit: DateUnit;
};

export type ExperimentEdge = {
  __typename?: 'ExperimentEdge';
  cursor: Scalars['String']['output'];
  node: Experiment;
};

export type ExperimentGroupKey =
  | 'NAME'
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS';

/** Conditions on a to-many list of experiments (in the trash excluded); several combine with AND. */
export type ExperimentListRelationFilter = {
  /** All of the experiments match; true when there are none. */
  every?: InputMaybe<ExperimentWhere>;
  /** None of the experiments matches; true when there are none. */
  none?: InputMaybe<ExperimentWhere>;
  /** At least one of the experiments matches. */
  some?: InputMaybe<ExperimentWhere>;
};

export type ExperimentOrderBy = {
  direction?: SortDirection;
  field: ExperimentOrderField;
};

export type ExperimentOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'START_DATE'
  | 'UPDATED_AT';

/** What you may do with this Experiment. */
export type ExperimentPermissions = {
  __typename?: 'ExperimentPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Experiment (update). */
  update: Scalars['Boolean']['output'];
};

export type ExperimentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'RUNNING';

/** Conditions on a ExperimentStatus field. */
export type ExperimentStatusFilter = {
  eq?: InputMaybe<ExperimentStatus>;
  in?: InputMaybe<Array<ExperimentStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ExperimentStatus>;
  notIn?: InputMaybe<Array<ExperimentStatus>>;
};

/** Conditions on experiments; fields combine with AND. */
export type ExperimentWhere = {
  AND?: InputMaybe<Array<ExperimentWhere>>;
  NOT?: InputMaybe<ExperimentWhere>;
  OR?: InputMaybe<Array<ExperimentWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only experiments whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  /** Only experiments whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  startDate?: InputMaybe<DateTimeFilter>;
  status?: InputMaybe<ExperimentStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Feature = {
  __typename?: 'Feature';
  acceptanceCriteria: Maybe<Scalars['String']['output']>;
  changelogEntries: ReleaseChangelogEntryConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many distinct customers asked for it (linked feedback) and their open deals' value per currency. */
  demand: Demand;
  description: Scalars['String']['output'];
  epic: Maybe<Epic>;
  epicId: Maybe<Scalars['ID']['output']>;
  feedbackLinks: FeedbackFeatureLinkConnection;
  id: Scalars['ID']['output'];
  /** The ideas this feature delivers. */
  ideaLinks: IdeaFeatureLinkConnection;
  priority: WorkPriority;
  /** The releases that include this feature. */
  releaseLinks: ReleaseFeatureConnection;
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  /** Changed by changeFeatureStatus (legal transitions only). */
  status: FeatureStatus;
  storyPoints: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: FeaturePermissions;
  workItems: WorkItemConnection;
};


export type FeatureChangelogEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseChangelogEntryOrderBy>>;
  where?: InputMaybe<ReleaseChangelogEntryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type FeatureFeedbackLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackFeatureLinkOrderBy>>;
  where?: InputMaybe<FeedbackFeatureLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type FeatureIdeaLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IdeaFeatureLinkOrderBy>>;
  where?: InputMaybe<IdeaFeatureLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type FeatureReleaseLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseFeatureOrderBy>>;
  where?: InputMaybe<ReleaseFeatureWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type FeatureWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WorkItemOrderBy>>;
  where?: InputMaybe<WorkItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type FeatureAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<FeatureNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of features. */
export type FeatureAggregateRow = {
  __typename?: 'FeatureAggregateRow';
  avg: FeatureNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: FeatureNumbers;
  min: FeatureNumbers;
  sum: FeatureNumbers;
};

/** A page of features. */
export type FeatureConnection = {
  __typename?: 'FeatureConnection';
  edges: Array<FeatureEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Feature>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type FeatureDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type FeatureDateGrouping = {
  field: FeatureDateField;
  unit: DateUnit;
};

export type FeatureEdge = {
  __typename?: 'FeatureEdge';
  cursor: Scalars['String']['output'];
  node: Feature;
};

export type FeatureGroupKey =
  | 'EPIC_ID'
  | 'EPIC__STATUS'
  | 'EPIC__TITLE'
  | 'PRIORITY'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TITLE';

/** Conditions on a to-many list of features (in the trash excluded); several combine with AND. */
export type FeatureListRelationFilter = {
  /** All of the features match; true when there are none. */
  every?: InputMaybe<FeatureWhere>;
  /** None of the features matches; true when there are none. */
  none?: InputMaybe<FeatureWhere>;
  /** At least one of the features matches. */
  some?: InputMaybe<FeatureWhere>;
};

export type FeatureNumbers = {
  __typename?: 'FeatureNumbers';
  storyPoints: Maybe<Scalars['Float']['output']>;
};

export type FeatureNumericField =
  | 'STORY_POINTS';

export type FeatureOrderBy = {
  direction?: SortDirection;
  field: FeatureOrderField;
};

export type FeatureOrderField =
  | 'CREATED_AT'
  | 'STORY_POINTS'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this Feature. */
export type FeaturePermissions = {
  __typename?: 'FeaturePermissions';
  /** Run changeFeatureStatus on it. */
  changeFeatureStatus: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run moveFeatureToRelease on it. */
  moveFeatureToRelease: Scalars['Boolean']['output'];
  /** Change this Feature (update). */
  update: Scalars['Boolean']['output'];
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
  eq?: InputMaybe<FeatureStatus>;
  in?: InputMaybe<Array<FeatureStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<FeatureStatus>;
  notIn?: InputMaybe<Array<FeatureStatus>>;
};

/** Conditions on features; fields combine with AND. */
export type FeatureWhere = {
  AND?: InputMaybe<Array<FeatureWhere>>;
  NOT?: InputMaybe<FeatureWhere>;
  OR?: InputMaybe<Array<FeatureWhere>>;
  /** Only features with some, every or none of their changelogEntries matching. */
  changelogEntries?: InputMaybe<ReleaseChangelogEntryListRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only features whose epic matches. */
  epic?: InputMaybe<EpicWhere>;
  epicId?: InputMaybe<IdFilter>;
  /** Only features with some, every or none of their feedbackLinks matching. */
  feedbackLinks?: InputMaybe<FeedbackFeatureLinkListRelationFilter>;
  /** Only features with some, every or none of their ideaLinks matching. */
  ideaLinks?: InputMaybe<IdeaFeatureLinkListRelationFilter>;
  priority?: InputMaybe<WorkPriorityFilter>;
  /** Only features with some, every or none of their releaseLinks matching. */
  releaseLinks?: InputMaybe<ReleaseFeatureListRelationFilter>;
  /** Only features whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  status?: InputMaybe<FeatureStatusFilter>;
  storyPoints?: InputMaybe<IntFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Only features with some, every or none of their workItems matching. */
  workItems?: InputMaybe<WorkItemListRelationFilter>;
};

/** Customer feedback; link it to ideas and features (FeedbackIdeaLink, FeedbackFeatureLink) to see the demand behind them. */
export type Feedback = {
  __typename?: 'Feedback';
  company: Maybe<Company>;
  /** The customer company (when the contact has none, or no contact is known). */
  companyId: Maybe<Scalars['ID']['output']>;
  contact: Maybe<Contact>;
  /** The customer contact who gave it. */
  contactId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Scalars['String']['output'];
  featureLinks: FeedbackFeatureLinkConnection;
  id: Scalars['ID']['output'];
  ideaLinks: FeedbackIdeaLinkConnection;
  priority: WorkPriority;
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  /** Where it came from, e.g. support, survey, interview. */
  source: Maybe<Scalars['String']['output']>;
  status: FeedbackStatus;
  title: Scalars['String']['output'];
  type: FeedbackType;
  updatedAt: Scalars['DateTimeISO']['output'];
  userEmail: Maybe<Scalars['String']['output']>;
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: FeedbackPermissions;
};


/** Customer feedback; link it to ideas and features (FeedbackIdeaLink, FeedbackFeatureLink) to see the demand behind them. */
export type FeedbackFeatureLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackFeatureLinkOrderBy>>;
  where?: InputMaybe<FeedbackFeatureLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Customer feedback; link it to ideas and features (FeedbackIdeaLink, FeedbackFeatureLink) to see the demand behind them. */
export type FeedbackIdeaLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackIdeaLinkOrderBy>>;
  where?: InputMaybe<FeedbackIdeaLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type FeedbackAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of feedbackItems. */
export type FeedbackAggregateRow = {
  __typename?: 'FeedbackAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of feedbackItems. */
export type FeedbackConnection = {
  __typename?: 'FeedbackConnection';
  edges: Array<FeedbackEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Feedback>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type FeedbackDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type FeedbackDateGrouping = {
  field: FeedbackDateField;
  unit: DateUnit;
};

export type FeedbackEdge = {
  __typename?: 'FeedbackEdge';
  cursor: Scalars['String']['output'];
  node: Feedback;
};

/** Links feedback to a feature it asks for, with what the customer said. */
export type FeedbackFeatureLink = {
  __typename?: 'FeedbackFeatureLink';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  feature: Maybe<Feature>;
  featureId: Scalars['ID']['output'];
  feedback: Maybe<Feedback>;
  feedbackId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** What the customer asks of it, in their words. */
  note: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: FeedbackFeatureLinkPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type FeedbackFeatureLinkAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of feedbackFeatureLinks. */
export type FeedbackFeatureLinkAggregateRow = {
  __typename?: 'FeedbackFeatureLinkAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of feedbackFeatureLinks. */
export type FeedbackFeatureLinkConnection = {
  __typename?: 'FeedbackFeatureLinkConnection';
  edges: Array<FeedbackFeatureLinkEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<FeedbackFeatureLink>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type FeedbackFeatureLinkDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type FeedbackFeatureLinkDateGrouping = {
  field: FeedbackFeatureLinkDateField;
  unit: DateUnit;
};

export type FeedbackFeatureLinkEdge = {
  __typename?: 'FeedbackFeatureLinkEdge';
  cursor: Scalars['String']['output'];
  node: FeedbackFeatureLink;
};

export type FeedbackFeatureLinkGroupKey =
  | 'FEATURE_ID'
  | 'FEATURE__PRIORITY'
  | 'FEATURE__STATUS'
  | 'FEATURE__TITLE'
  | 'FEEDBACK_ID'
  | 'FEEDBACK__PRIORITY'
  | 'FEEDBACK__SOURCE'
  | 'FEEDBACK__STATUS'
  | 'FEEDBACK__TITLE'
  | 'FEEDBACK__TYPE'
  | 'NOTE';

/** Conditions on a to-many list of feedbackFeatureLinks (in the trash excluded); several combine with AND. */
export type FeedbackFeatureLinkListRelationFilter = {
  /** All of the feedbackFeatureLinks match; true when there are none. */
  every?: InputMaybe<FeedbackFeatureLinkWhere>;
  /** None of the feedbackFeatureLinks matches; true when there are none. */
  none?: InputMaybe<FeedbackFeatureLinkWhere>;
  /** At least one of the feedbackFeatureLinks matches. */
  some?: InputMaybe<FeedbackFeatureLinkWhere>;
};

export type FeedbackFeatureLinkOrderBy = {
  direction?: SortDirection;
  field: FeedbackFeatureLinkOrderField;
};

export type FeedbackFeatureLinkOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** What you may do with this FeedbackFeatureLink. */
export type FeedbackFeatureLinkPermissions = {
  __typename?: 'FeedbackFeatureLinkPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this FeedbackFeatureLink (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on feedbackFeatureLinks; fields combine with AND. */
export type FeedbackFeatureLinkWhere = {
  AND?: InputMaybe<Array<FeedbackFeatureLinkWhere>>;
  NOT?: InputMaybe<FeedbackFeatureLinkWhere>;
  OR?: InputMaybe<Array<FeedbackFeatureLinkWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only feedbackFeatureLinks whose feature matches. */
  feature?: InputMaybe<FeatureWhere>;
  featureId?: InputMaybe<IdFilter>;
  /** Only feedbackFeatureLinks whose feedback matches. */
  feedback?: InputMaybe<FeedbackWhere>;
  feedbackId?: InputMaybe<IdFilter>;
  note?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type FeedbackGroupKey =
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'PRIORITY'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'SOURCE'
  | 'STATUS'
  | 'TITLE'
  | 'TYPE';

/** Links feedback to an idea it asks for, with what the customer said. */
export type FeedbackIdeaLink = {
  __typename?: 'FeedbackIdeaLink';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  feedback: Maybe<Feedback>;
  feedbackId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  idea: Maybe<Idea>;
  ideaId: Scalars['ID']['output'];
  /** What the customer asks of it, in their words. */
  note: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: FeedbackIdeaLinkPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type FeedbackIdeaLinkAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of feedbackIdeaLinks. */
export type FeedbackIdeaLinkAggregateRow = {
  __typename?: 'FeedbackIdeaLinkAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of feedbackIdeaLinks. */
export type FeedbackIdeaLinkConnection = {
  __typename?: 'FeedbackIdeaLinkConnection';
  edges: Array<FeedbackIdeaLinkEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<FeedbackIdeaLink>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type FeedbackIdeaLinkDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type FeedbackIdeaLinkDateGrouping = {
  field: FeedbackIdeaLinkDateField;
  unit: DateUnit;
};

export type FeedbackIdeaLinkEdge = {
  __typename?: 'FeedbackIdeaLinkEdge';
  cursor: Scalars['String']['output'];
  node: FeedbackIdeaLink;
};

export type FeedbackIdeaLinkGroupKey =
  | 'FEEDBACK_ID'
  | 'FEEDBACK__PRIORITY'
  | 'FEEDBACK__SOURCE'
  | 'FEEDBACK__STATUS'
  | 'FEEDBACK__TITLE'
  | 'FEEDBACK__TYPE'
  | 'IDEA_ID'
  | 'IDEA__STATUS'
  | 'IDEA__TITLE'
  | 'NOTE';

/** Conditions on a to-many list of feedbackIdeaLinks (in the trash excluded); several combine with AND. */
export type FeedbackIdeaLinkListRelationFilter = {
  /** All of the feedbackIdeaLinks match; true when there are none. */
  every?: InputMaybe<FeedbackIdeaLinkWhere>;
  /** None of the feedbackIdeaLinks matches; true when there are none. */
  none?: InputMaybe<FeedbackIdeaLinkWhere>;
  /** At least one of the feedbackIdeaLinks matches. */
  some?: InputMaybe<FeedbackIdeaLinkWhere>;
};

export type FeedbackIdeaLinkOrderBy = {
  direction?: SortDirection;
  field: FeedbackIdeaLinkOrderField;
};

export type FeedbackIdeaLinkOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** What you may do with this FeedbackIdeaLink. */
export type FeedbackIdeaLinkPermissions = {
  __typename?: 'FeedbackIdeaLinkPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this FeedbackIdeaLink (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on feedbackIdeaLinks; fields combine with AND. */
export type FeedbackIdeaLinkWhere = {
  AND?: InputMaybe<Array<FeedbackIdeaLinkWhere>>;
  NOT?: InputMaybe<FeedbackIdeaLinkWhere>;
  OR?: InputMaybe<Array<FeedbackIdeaLinkWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only feedbackIdeaLinks whose feedback matches. */
  feedback?: InputMaybe<FeedbackWhere>;
  feedbackId?: InputMaybe<IdFilter>;
  /** Only feedbackIdeaLinks whose idea matches. */
  idea?: InputMaybe<IdeaWhere>;
  ideaId?: InputMaybe<IdFilter>;
  note?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on a to-many list of feedbackItems (in the trash excluded); several combine with AND. */
export type FeedbackListRelationFilter = {
  /** All of the feedbackItems match; true when there are none. */
  every?: InputMaybe<FeedbackWhere>;
  /** None of the feedbackItems matches; true when there are none. */
  none?: InputMaybe<FeedbackWhere>;
  /** At least one of the feedbackItems matches. */
  some?: InputMaybe<FeedbackWhere>;
};

export type FeedbackOrderBy = {
  direction?: SortDirection;
  field: FeedbackOrderField;
};

export type FeedbackOrderField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this Feedback. */
export type FeedbackPermissions = {
  __typename?: 'FeedbackPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run linkFeedback on it. */
  linkFeedback: Scalars['Boolean']['output'];
  /** Change this Feedback (update). */
  update: Scalars['Boolean']['output'];
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
  eq?: InputMaybe<FeedbackStatus>;
  in?: InputMaybe<Array<FeedbackStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<FeedbackStatus>;
  notIn?: InputMaybe<Array<FeedbackStatus>>;
};

export type FeedbackType =
  | 'BUG_REPORT'
  | 'COMPLAINT'
  | 'COMPLIMENT'
  | 'FEATURE_REQUEST'
  | 'IMPROVEMENT';

/** Conditions on a FeedbackType field. */
export type FeedbackTypeFilter = {
  eq?: InputMaybe<FeedbackType>;
  in?: InputMaybe<Array<FeedbackType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<FeedbackType>;
  notIn?: InputMaybe<Array<FeedbackType>>;
};

/** Conditions on feedbackItems; fields combine with AND. */
export type FeedbackWhere = {
  AND?: InputMaybe<Array<FeedbackWhere>>;
  NOT?: InputMaybe<FeedbackWhere>;
  OR?: InputMaybe<Array<FeedbackWhere>>;
  /** Only feedbackItems whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  /** Only feedbackItems whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only feedbackItems with some, every or none of their featureLinks matching. */
  featureLinks?: InputMaybe<FeedbackFeatureLinkListRelationFilter>;
  /** Only feedbackItems with some, every or none of their ideaLinks matching. */
  ideaLinks?: InputMaybe<FeedbackIdeaLinkListRelationFilter>;
  priority?: InputMaybe<WorkPriorityFilter>;
  /** Only feedbackItems whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  source?: InputMaybe<StringFilter>;
  status?: InputMaybe<FeedbackStatusFilter>;
  title?: InputMaybe<StringFilter>;
  type?: InputMaybe<FeedbackTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Financial figures per company, date and source system; net profit is computed by the database. */
export type Financial = {
  __typename?: 'Financial';
  cashFlow: Scalars['Decimal']['output'];
  company: Maybe<Company>;
  /** The company (seed 004 ClientKPI) the figures are about. */
  companyId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  expenses: Scalars['Decimal']['output'];
  /** The source system’s record id, for reconciliation. */
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Source-specific fields. */
  metadata: Scalars['JSONObject']['output'];
  /** revenue − expenses, computed by the database. */
  netProfit: Scalars['Decimal']['output'];
  /** Date of the figures. */
  recordDate: Scalars['Date']['output'];
  revenue: Scalars['Decimal']['output'];
  /** Integration source (xero, myob, manual); part of the natural key. */
  sourceSystem: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: FinancialPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type FinancialAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<FinancialNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of financials. */
export type FinancialAggregateRow = {
  __typename?: 'FinancialAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: FinancialNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: FinancialNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: FinancialNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: FinancialNumbers;
};

/** A page of financials. */
export type FinancialConnection = {
  __typename?: 'FinancialConnection';
  edges: Array<FinancialEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Financial>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type FinancialDateField =
  | 'CREATED_AT'
  | 'RECORD_DATE'
  | 'UPDATED_AT';

export type FinancialDateGrouping = {
  field: FinancialDateField;
  unit: DateUnit;
};

export type FinancialEdge = {
  __typename?: 'FinancialEdge';
  cursor: Scalars['String']['output'];
  node: Financial;
};

export type FinancialGroupKey =
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'CURRENCY'
  | 'EXTERNAL_ID'
  | 'SOURCE_SYSTEM';

/** Conditions on a to-many list of financials (in the trash excluded); several combine with AND. */
export type FinancialListRelationFilter = {
  /** All of the financials match; true when there are none. */
  every?: InputMaybe<FinancialWhere>;
  /** None of the financials matches; true when there are none. */
  none?: InputMaybe<FinancialWhere>;
  /** At least one of the financials matches. */
  some?: InputMaybe<FinancialWhere>;
};

export type FinancialNumbers = {
  __typename?: 'FinancialNumbers';
  cashFlow: Maybe<Scalars['Decimal']['output']>;
  expenses: Maybe<Scalars['Decimal']['output']>;
  netProfit: Maybe<Scalars['Decimal']['output']>;
  revenue: Maybe<Scalars['Decimal']['output']>;
};

export type FinancialNumericField =
  | 'CASH_FLOW'
  | 'EXPENSES'
  | 'NET_PROFIT'
  | 'REVENUE';

export type FinancialOrderBy = {
  direction?: SortDirection;
  field: FinancialOrderField;
};

export type FinancialOrderField =
  | 'CREATED_AT'
  | 'NET_PROFIT'
  | 'RECORD_DATE'
  | 'REVENUE'
  | 'UPDATED_AT';

/** What you may do with this Financial. */
export type FinancialPermissions = {
  __typename?: 'FinancialPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Financial (update). */
  update: Scalars['Boolean']['output'];
};

/** Financial figures of one bucket and currency (amounts are never converted between currencies). */
export type FinancialPoint = {
  __typename?: 'FinancialPoint';
  /** First day of the bucket. */
  bucket: Scalars['Date']['output'];
  cashFlow: SeriesStat;
  currency: Scalars['String']['output'];
  expenses: SeriesStat;
  netProfit: SeriesStat;
  records: Scalars['Int']['output'];
  revenue: SeriesStat;
};

/** Conditions on financials; fields combine with AND. */
export type FinancialWhere = {
  AND?: InputMaybe<Array<FinancialWhere>>;
  NOT?: InputMaybe<FinancialWhere>;
  OR?: InputMaybe<Array<FinancialWhere>>;
  /** Only financials whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  externalId?: InputMaybe<StringFilter>;
  netProfit?: InputMaybe<DecimalFilter>;
  recordDate?: InputMaybe<DateFilter>;
  revenue?: InputMaybe<DecimalFilter>;
  sourceSystem?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on a number field. */
export type FloatFilter = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
  ne?: InputMaybe<Scalars['Float']['input']>;
  notIn?: InputMaybe<Array<Scalars['Float']['input']>>;
};

export type ForecastMonth = {
  __typename?: 'ForecastMonth';
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  /** YYYY-MM of the expected close date. */
  month: Scalars['String']['output'];
  value: Scalars['Decimal']['output'];
  weightedValue: Scalars['Decimal']['output'];
};

export type FunnelStep = {
  __typename?: 'FunnelStep';
  /** Average days spent in this stage by deals that left it. */
  averageDaysInStage: Maybe<Scalars['Float']['output']>;
  /** Share of these that reached the next stage. */
  conversionToNext: Maybe<Scalars['Float']['output']>;
  position: Scalars['Int']['output'];
  /** Deals that reached this stage or a later one. */
  reached: Scalars['Int']['output'];
  stageId: Scalars['ID']['output'];
  stageName: Scalars['String']['output'];
};

/** Conditions on a reference or id. */
export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['ID']['input']>;
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Product ideas; riceScore, iceScore and wsjfScore are computed by the server from the inputs. */
export type Idea = {
  __typename?: 'Idea';
  /** WSJF business value, 1..10. */
  businessValue: Scalars['Int']['output'];
  /** Confidence, 1..10. */
  confidence: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  creator: Maybe<User>;
  /** Who submitted it. */
  creatorId: Scalars['ID']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many distinct customers asked for it (linked feedback) and their open deals' value per currency. */
  demand: Demand;
  description: Scalars['String']['output'];
  /** Effort (ICE ease = 11 − effort), 1..10. */
  effort: Scalars['Int']['output'];
  /** The features that deliver this idea. */
  featureLinks: IdeaFeatureLinkConnection;
  feedbackLinks: FeedbackIdeaLinkConnection;
  /** ICE = impact × confidence × (10 − effort + 1); computed by the server whenever an input changes. */
  iceScore: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Impact, 1..10. */
  impact: Scalars['Int']['output'];
  /** WSJF job size, 1..10. */
  jobSize: Scalars['Int']['output'];
  /** Manual priority, 0..100. */
  priority: Scalars['Int']['output'];
  /** RICE reach: people or events per period, 0 or more. */
  reach: Scalars['Int']['output'];
  /** RICE = reach × impact × confidence ÷ effort; computed by the server whenever an input changes. */
  riceScore: Scalars['Float']['output'];
  /** WSJF risk reduction / opportunity enablement, 1..10. */
  riskReduction: Scalars['Int']['output'];
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  /** Changed by changeIdeaStatus (legal transitions only) or promoteIdeaToFeature. */
  status: IdeaStatus;
  /** Labels, up to 20. */
  tags: Array<Scalars['String']['output']>;
  /** WSJF time criticality, 1..10. */
  timeCriticality: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: IdeaPermissions;
  /** WSJF = (businessValue + timeCriticality + riskReduction) ÷ jobSize; computed by the server whenever an input changes. */
  wsjfScore: Scalars['Float']['output'];
};


/** Product ideas; riceScore, iceScore and wsjfScore are computed by the server from the inputs. */
export type IdeaFeatureLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IdeaFeatureLinkOrderBy>>;
  where?: InputMaybe<IdeaFeatureLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Product ideas; riceScore, iceScore and wsjfScore are computed by the server from the inputs. */
export type IdeaFeedbackLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackIdeaLinkOrderBy>>;
  where?: InputMaybe<FeedbackIdeaLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type IdeaAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<IdeaNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of ideas. */
export type IdeaAggregateRow = {
  __typename?: 'IdeaAggregateRow';
  avg: IdeaNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: IdeaNumbers;
  min: IdeaNumbers;
  sum: IdeaNumbers;
};

/** A page of ideas. */
export type IdeaConnection = {
  __typename?: 'IdeaConnection';
  edges: Array<IdeaEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Idea>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type IdeaDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type IdeaDateGrouping = {
  field: IdeaDateField;
  unit: DateUnit;
};

export type IdeaEdge = {
  __typename?: 'IdeaEdge';
  cursor: Scalars['String']['output'];
  node: Idea;
};

/** Links ideas to the features that deliver them (many-to-many, both of one roadmap); promoteIdeaToFeature creates one. */
export type IdeaFeatureLink = {
  __typename?: 'IdeaFeatureLink';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  feature: Maybe<Feature>;
  featureId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  idea: Maybe<Idea>;
  ideaId: Scalars['ID']['output'];
  /** How the feature answers the idea, in a line (promoteIdeaToFeature writes one). */
  note: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: IdeaFeatureLinkPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type IdeaFeatureLinkAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of ideaFeatureLinks. */
export type IdeaFeatureLinkAggregateRow = {
  __typename?: 'IdeaFeatureLinkAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of ideaFeatureLinks. */
export type IdeaFeatureLinkConnection = {
  __typename?: 'IdeaFeatureLinkConnection';
  edges: Array<IdeaFeatureLinkEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<IdeaFeatureLink>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type IdeaFeatureLinkDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type IdeaFeatureLinkDateGrouping = {
  field: IdeaFeatureLinkDateField;
  unit: DateUnit;
};

export type IdeaFeatureLinkEdge = {
  __typename?: 'IdeaFeatureLinkEdge';
  cursor: Scalars['String']['output'];
  node: IdeaFeatureLink;
};

export type IdeaFeatureLinkGroupKey =
  | 'FEATURE_ID'
  | 'FEATURE__PRIORITY'
  | 'FEATURE__STATUS'
  | 'FEATURE__TITLE'
  | 'IDEA_ID'
  | 'IDEA__STATUS'
  | 'IDEA__TITLE'
  | 'NOTE';

/** Conditions on a to-many list of ideaFeatureLinks (in the trash excluded); several combine with AND. */
export type IdeaFeatureLinkListRelationFilter = {
  /** All of the ideaFeatureLinks match; true when there are none. */
  every?: InputMaybe<IdeaFeatureLinkWhere>;
  /** None of the ideaFeatureLinks matches; true when there are none. */
  none?: InputMaybe<IdeaFeatureLinkWhere>;
  /** At least one of the ideaFeatureLinks matches. */
  some?: InputMaybe<IdeaFeatureLinkWhere>;
};

export type IdeaFeatureLinkOrderBy = {
  direction?: SortDirection;
  field: IdeaFeatureLinkOrderField;
};

export type IdeaFeatureLinkOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** What you may do with this IdeaFeatureLink. */
export type IdeaFeatureLinkPermissions = {
  __typename?: 'IdeaFeatureLinkPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this IdeaFeatureLink (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on ideaFeatureLinks; fields combine with AND. */
export type IdeaFeatureLinkWhere = {
  AND?: InputMaybe<Array<IdeaFeatureLinkWhere>>;
  NOT?: InputMaybe<IdeaFeatureLinkWhere>;
  OR?: InputMaybe<Array<IdeaFeatureLinkWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only ideaFeatureLinks whose feature matches. */
  feature?: InputMaybe<FeatureWhere>;
  featureId?: InputMaybe<IdFilter>;
  /** Only ideaFeatureLinks whose idea matches. */
  idea?: InputMaybe<IdeaWhere>;
  ideaId?: InputMaybe<IdFilter>;
  note?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type IdeaGroupKey =
  | 'CREATOR_ID'
  | 'CREATOR__EMAIL'
  | 'CREATOR__NAME'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TITLE';

/** Conditions on a to-many list of ideas (in the trash excluded); several combine with AND. */
export type IdeaListRelationFilter = {
  /** All of the ideas match; true when there are none. */
  every?: InputMaybe<IdeaWhere>;
  /** None of the ideas matches; true when there are none. */
  none?: InputMaybe<IdeaWhere>;
  /** At least one of the ideas matches. */
  some?: InputMaybe<IdeaWhere>;
};

export type IdeaNumbers = {
  __typename?: 'IdeaNumbers';
  businessValue: Maybe<Scalars['Float']['output']>;
  confidence: Maybe<Scalars['Float']['output']>;
  effort: Maybe<Scalars['Float']['output']>;
  iceScore: Maybe<Scalars['Float']['output']>;
  impact: Maybe<Scalars['Float']['output']>;
  jobSize: Maybe<Scalars['Float']['output']>;
  priority: Maybe<Scalars['Float']['output']>;
  reach: Maybe<Scalars['Float']['output']>;
  riceScore: Maybe<Scalars['Float']['output']>;
  riskReduction: Maybe<Scalars['Float']['output']>;
  timeCriticality: Maybe<Scalars['Float']['output']>;
  wsjfScore: Maybe<Scalars['Float']['output']>;
};

export type IdeaNumericField =
  | 'BUSINESS_VALUE'
  | 'CONFIDENCE'
  | 'EFFORT'
  | 'ICE_SCORE'
  | 'IMPACT'
  | 'JOB_SIZE'
  | 'PRIORITY'
  | 'REACH'
  | 'RICE_SCORE'
  | 'RISK_REDUCTION'
  | 'TIME_CRITICALITY'
  | 'WSJF_SCORE';

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

/** What you may do with this Idea. */
export type IdeaPermissions = {
  __typename?: 'IdeaPermissions';
  /** Run changeIdeaStatus on it. */
  changeIdeaStatus: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run promoteIdeaToFeature on it. */
  promoteIdeaToFeature: Scalars['Boolean']['output'];
  /** Change this Idea (update). */
  update: Scalars['Boolean']['output'];
};

export type IdeaStatus =
  | 'APPROVED'
  | 'IMPLEMENTED'
  | 'IN_DEVELOPMENT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

/** Conditions on a IdeaStatus field. */
export type IdeaStatusFilter = {
  eq?: InputMaybe<IdeaStatus>;
  in?: InputMaybe<Array<IdeaStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<IdeaStatus>;
  notIn?: InputMaybe<Array<IdeaStatus>>;
};

/** Conditions on ideas; fields combine with AND. */
export type IdeaWhere = {
  AND?: InputMaybe<Array<IdeaWhere>>;
  NOT?: InputMaybe<IdeaWhere>;
  OR?: InputMaybe<Array<IdeaWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only ideas whose creator matches. */
  creator?: InputMaybe<UserWhere>;
  creatorId?: InputMaybe<IdFilter>;
  /** Only ideas with some, every or none of their featureLinks matching. */
  featureLinks?: InputMaybe<IdeaFeatureLinkListRelationFilter>;
  /** Only ideas with some, every or none of their feedbackLinks matching. */
  feedbackLinks?: InputMaybe<FeedbackIdeaLinkListRelationFilter>;
  iceScore?: InputMaybe<FloatFilter>;
  priority?: InputMaybe<IntFilter>;
  riceScore?: InputMaybe<FloatFilter>;
  /** Only ideas whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  status?: InputMaybe<IdeaStatusFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  wsjfScore?: InputMaybe<FloatFilter>;
};

/** ALL_OR_NOTHING writes nothing when a row is bad; PARTIAL writes the good rows and reports the rest. */
export type IngestMode =
  | 'ALL_OR_NOTHING'
  | 'PARTIAL';

/** What a batch did: rows inserted, rows whose values changed, rows already as sent (untouched), and refused rows. */
export type IngestResult = {
  __typename?: 'IngestResult';
  errors: Array<IngestRowError>;
  inserted: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A refused row of a batch: its index (from 0), the field at fault and a machine-readable code. */
export type IngestRowError = {
  __typename?: 'IngestRowError';
  /** BAD_USER_INPUT, NOT_FOUND (e.g. a company outside your organization) or CONFLICT (the same natural key twice in the batch). */
  code: Scalars['String']['output'];
  field: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** Conditions on an integer field. */
export type IntFilter = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
  ne?: InputMaybe<Scalars['Int']['input']>;
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Connections to outside systems. Credentials are write-only: only whether each is set and the access token’s last four characters show. */
export type Integration = {
  __typename?: 'Integration';
  /** The access token’s last four characters. */
  accessTokenLast4: Maybe<Scalars['String']['output']>;
  /** The account at the provider (organization, tenant or portal id). */
  account: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  hasAccessToken: Scalars['Boolean']['output'];
  hasApiSecret: Scalars['Boolean']['output'];
  hasRefreshToken: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Id of the key the credentials are encrypted with. */
  keyId: Maybe<Scalars['String']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  /** Last successful sync. */
  lastSyncAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Provider-specific configuration. */
  metadata: Scalars['JSONObject']['output'];
  /** xero, hubspot, …; one integration per provider. */
  provider: Scalars['String']['output'];
  /** Granted scopes, space-separated. */
  scopes: Maybe<Scalars['String']['output']>;
  status: IntegrationStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: IntegrationPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type IntegrationAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of integrations. */
export type IntegrationAggregateRow = {
  __typename?: 'IntegrationAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of integrations. */
export type IntegrationConnection = {
  __typename?: 'IntegrationConnection';
  edges: Array<IntegrationEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Integration>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type IntegrationDateField =
  | 'CREATED_AT'
  | 'LAST_SYNC_AT'
  | 'UPDATED_AT';

export type IntegrationDateGrouping = {
  field: IntegrationDateField;
  unit: DateUnit;
};

export type IntegrationEdge = {
  __typename?: 'IntegrationEdge';
  cursor: Scalars['String']['output'];
  node: Integration;
};

export type IntegrationGroupKey =
  | 'ACCOUNT'
  | 'KEY_ID'
  | 'PROVIDER'
  | 'STATUS';

export type IntegrationOrderBy = {
  direction?: SortDirection;
  field: IntegrationOrderField;
};

export type IntegrationOrderField =
  | 'CREATED_AT'
  | 'LAST_SYNC_AT'
  | 'PROVIDER'
  | 'UPDATED_AT';

/** What you may do with this Integration. */
export type IntegrationPermissions = {
  __typename?: 'IntegrationPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run reencryptIntegrationCredentials on it. */
  reencryptIntegrationCredentials: Scalars['Boolean']['output'];
  /** Change this Integration (update). */
  update: Scalars['Boolean']['output'];
};

/** PENDING until authorized, ACTIVE syncing, ERROR after a failed sync, DISABLED when disconnected. */
export type IntegrationStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'ERROR'
  | 'PENDING';

/** Conditions on a IntegrationStatus field. */
export type IntegrationStatusFilter = {
  eq?: InputMaybe<IntegrationStatus>;
  in?: InputMaybe<Array<IntegrationStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<IntegrationStatus>;
  notIn?: InputMaybe<Array<IntegrationStatus>>;
};

/** Conditions on integrations; fields combine with AND. */
export type IntegrationWhere = {
  AND?: InputMaybe<Array<IntegrationWhere>>;
  NOT?: InputMaybe<IntegrationWhere>;
  OR?: InputMaybe<Array<IntegrationWhere>>;
  account?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  keyId?: InputMaybe<StringFilter>;
  lastSyncAt?: InputMaybe<DateTimeFilter>;
  provider?: InputMaybe<StringFilter>;
  status?: InputMaybe<IntegrationStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Stock changes: previous quantity, signed delta and new quantity; written by the server only. */
export type InventoryAdjustment = {
  __typename?: 'InventoryAdjustment';
  /** Signed change: negative takes stock out. */
  adjustmentQuantity: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<User>;
  createdById: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  newQuantity: Scalars['Int']['output'];
  notes: Maybe<Scalars['String']['output']>;
  order: Maybe<Order>;
  /** The order a SALE or RETURN belongs to. */
  orderId: Maybe<Scalars['ID']['output']>;
  previousQuantity: Scalars['Int']['output'];
  product: Maybe<Product>;
  productId: Scalars['ID']['output'];
  reason: AdjustmentReason;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type InventoryAdjustmentAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<InventoryAdjustmentNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of inventoryAdjustments. */
export type InventoryAdjustmentAggregateRow = {
  __typename?: 'InventoryAdjustmentAggregateRow';
  avg: InventoryAdjustmentNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: InventoryAdjustmentNumbers;
  min: InventoryAdjustmentNumbers;
  sum: InventoryAdjustmentNumbers;
};

/** A page of inventoryAdjustments. */
export type InventoryAdjustmentConnection = {
  __typename?: 'InventoryAdjustmentConnection';
  edges: Array<InventoryAdjustmentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<InventoryAdjustment>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type InventoryAdjustmentDateField =
  | 'CREATED_AT';

export type InventoryAdjustmentDateGrouping = {
  field: InventoryAdjustmentDateField;
  unit: DateUnit;
};

export type InventoryAdjustmentEdge = {
  __typename?: 'InventoryAdjustmentEdge';
  cursor: Scalars['String']['output'];
  node: InventoryAdjustment;
};

export type InventoryAdjustmentGroupKey =
  | 'CREATED_BY__EMAIL'
  | 'CREATED_BY__NAME'
  | 'ORDER_ID'
  | 'ORDER__CURRENCY'
  | 'ORDER__STATUS'
  | 'PRODUCT_ID'
  | 'PRODUCT__CATEGORY'
  | 'PRODUCT__CURRENCY'
  | 'PRODUCT__IS_ACTIVE'
  | 'PRODUCT__NAME'
  | 'PRODUCT__SKU'
  | 'REASON';

/** Conditions on a to-many list of inventoryAdjustments (in the trash excluded); several combine with AND. */
export type InventoryAdjustmentListRelationFilter = {
  /** All of the inventoryAdjustments match; true when there are none. */
  every?: InputMaybe<InventoryAdjustmentWhere>;
  /** None of the inventoryAdjustments matches; true when there are none. */
  none?: InputMaybe<InventoryAdjustmentWhere>;
  /** At least one of the inventoryAdjustments matches. */
  some?: InputMaybe<InventoryAdjustmentWhere>;
};

export type InventoryAdjustmentNumbers = {
  __typename?: 'InventoryAdjustmentNumbers';
  adjustmentQuantity: Maybe<Scalars['Float']['output']>;
  newQuantity: Maybe<Scalars['Float']['output']>;
  previousQuantity: Maybe<Scalars['Float']['output']>;
};

export type InventoryAdjustmentNumericField =
  | 'ADJUSTMENT_QUANTITY'
  | 'NEW_QUANTITY'
  | 'PREVIOUS_QUANTITY';

export type InventoryAdjustmentOrderBy = {
  direction?: SortDirection;
  field: InventoryAdjustmentOrderField;
};

export type InventoryAdjustmentOrderField =
  | 'CREATED_AT';

/** Conditions on inventoryAdjustments; fields combine with AND. */
export type InventoryAdjustmentWhere = {
  AND?: InputMaybe<Array<InventoryAdjustmentWhere>>;
  NOT?: InputMaybe<InventoryAdjustmentWhere>;
  OR?: InputMaybe<Array<InventoryAdjustmentWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only inventoryAdjustments whose createdBy matches. */
  createdBy?: InputMaybe<UserWhere>;
  /** Only inventoryAdjustments whose order matches. */
  order?: InputMaybe<OrderWhere>;
  orderId?: InputMaybe<IdFilter>;
  /** Only inventoryAdjustments whose product matches. */
  product?: InputMaybe<ProductWhere>;
  productId?: InputMaybe<IdFilter>;
  reason?: InputMaybe<AdjustmentReasonFilter>;
};

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  invitedBy: Maybe<User>;
  invitedById: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  role: Role;
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: InvitationPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type InvitationAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of invitations. */
export type InvitationAggregateRow = {
  __typename?: 'InvitationAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Invitation>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type InvitationDateField =
  | 'CREATED_AT';

export type InvitationDateGrouping = {
  field: InvitationDateField;
  unit: DateUnit;
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

export type InvitationGroupKey =
  | 'EMAIL'
  | 'INVITED_BY__EMAIL'
  | 'INVITED_BY__NAME';

export type InvitationOrderBy = {
  direction?: SortDirection;
  field: InvitationOrderField;
};

export type InvitationOrderField =
  | 'CREATED_AT';

/** What you may do with this Invitation. */
export type InvitationPermissions = {
  __typename?: 'InvitationPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run revokeInvitation on it. */
  revokeInvitation: Scalars['Boolean']['output'];
  /** Change this Invitation (update is not offered). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on invitations; fields combine with AND. */
export type InvitationWhere = {
  AND?: InputMaybe<Array<InvitationWhere>>;
  NOT?: InputMaybe<InvitationWhere>;
  OR?: InputMaybe<Array<InvitationWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  email?: InputMaybe<StringFilter>;
  /** Only invitations whose invitedBy matches. */
  invitedBy?: InputMaybe<UserWhere>;
};

export type InvitationWithToken = {
  __typename?: 'InvitationWithToken';
  invitation: Invitation;
  /** Give it to the invitee; it is shown only once. No e-mail is sent. */
  token: Scalars['String']['output'];
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Role;
};

export type KeyResult = {
  __typename?: 'KeyResult';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Where it is now; change it with updateKeyResultProgress or update. */
  currentValue: Scalars['Float']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  okr: Maybe<Okr>;
  okrId: Scalars['ID']['output'];
  /** (current − start) ÷ (target − start), clamped to 0..1; computed by the server. */
  progress: Scalars['Float']['output'];
  /** Where the measure started. */
  startValue: Scalars['Float']['output'];
  /** Where it should get to; must differ from startValue. */
  targetValue: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: KeyResultPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type KeyResultAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<KeyResultNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of keyResults. */
export type KeyResultAggregateRow = {
  __typename?: 'KeyResultAggregateRow';
  avg: KeyResultNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: KeyResultNumbers;
  min: KeyResultNumbers;
  sum: KeyResultNumbers;
};

/** A page of keyResults. */
export type KeyResultConnection = {
  __typename?: 'KeyResultConnection';
  edges: Array<KeyResultEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<KeyResult>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type KeyResultDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type KeyResultDateGrouping = {
  field: KeyResultDateField;
  unit: DateUnit;
};

export type KeyResultEdge = {
  __typename?: 'KeyResultEdge';
  cursor: Scalars['String']['output'];
  node: KeyResult;
};

export type KeyResultGroupKey =
  | 'OKR_ID'
  | 'OKR__QUARTER'
  | 'OKR__STATUS'
  | 'OKR__TITLE'
  | 'TITLE';

/** Conditions on a to-many list of keyResults (in the trash excluded); several combine with AND. */
export type KeyResultListRelationFilter = {
  /** All of the keyResults match; true when there are none. */
  every?: InputMaybe<KeyResultWhere>;
  /** None of the keyResults matches; true when there are none. */
  none?: InputMaybe<KeyResultWhere>;
  /** At least one of the keyResults matches. */
  some?: InputMaybe<KeyResultWhere>;
};

export type KeyResultNumbers = {
  __typename?: 'KeyResultNumbers';
  currentValue: Maybe<Scalars['Float']['output']>;
  progress: Maybe<Scalars['Float']['output']>;
  startValue: Maybe<Scalars['Float']['output']>;
  targetValue: Maybe<Scalars['Float']['output']>;
};

export type KeyResultNumericField =
  | 'CURRENT_VALUE'
  | 'PROGRESS'
  | 'START_VALUE'
  | 'TARGET_VALUE';

export type KeyResultOrderBy = {
  direction?: SortDirection;
  field: KeyResultOrderField;
};

export type KeyResultOrderField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this KeyResult. */
export type KeyResultPermissions = {
  __typename?: 'KeyResultPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this KeyResult (update). */
  update: Scalars['Boolean']['output'];
  /** Run updateKeyResultProgress on it. */
  updateKeyResultProgress: Scalars['Boolean']['output'];
};

/** Conditions on keyResults; fields combine with AND. */
export type KeyResultWhere = {
  AND?: InputMaybe<Array<KeyResultWhere>>;
  NOT?: InputMaybe<KeyResultWhere>;
  OR?: InputMaybe<Array<KeyResultWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only keyResults whose okr matches. */
  okr?: InputMaybe<OkrWhere>;
  okrId?: InputMaybe<IdFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Product KPIs with a target and data points. */
export type Kpi = {
  __typename?: 'Kpi';
  createdAt: Scalars['DateTimeISO']['output'];
  currentValue: Scalars['Float']['output'];
  dataPoints: KpiDataPointConnection;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  frequency: KpiFrequency;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Maybe<User>;
  ownerId: Scalars['ID']['output'];
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  targetValue: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: KpiPermissions;
};


/** Product KPIs with a target and data points. */
export type KpiDataPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KpiDataPointOrderBy>>;
  where?: InputMaybe<KpiDataPointWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type KpiAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<KpiNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of kpis. */
export type KpiAggregateRow = {
  __typename?: 'KpiAggregateRow';
  avg: KpiNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: KpiNumbers;
  min: KpiNumbers;
  sum: KpiNumbers;
};

/** A page of kpis. */
export type KpiConnection = {
  __typename?: 'KpiConnection';
  edges: Array<KpiEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Kpi>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type KpiDataPoint = {
  __typename?: 'KpiDataPoint';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was measured. */
  date: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kpi: Maybe<Kpi>;
  kpiId: Scalars['ID']['output'];
  /** The period it measures, e.g. 2026-11, 2026-W48 or 2026-Q4 (after the KPI's frequency). */
  period: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  value: Scalars['Float']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: KpiDataPointPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type KpiDataPointAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<KpiDataPointNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of kpiDataPoints. */
export type KpiDataPointAggregateRow = {
  __typename?: 'KpiDataPointAggregateRow';
  avg: KpiDataPointNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: KpiDataPointNumbers;
  min: KpiDataPointNumbers;
  sum: KpiDataPointNumbers;
};

/** A page of kpiDataPoints. */
export type KpiDataPointConnection = {
  __typename?: 'KpiDataPointConnection';
  edges: Array<KpiDataPointEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<KpiDataPoint>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type KpiDataPointDateField =
  | 'CREATED_AT'
  | 'DATE'
  | 'UPDATED_AT';

export type KpiDataPointDateGrouping = {
  field: KpiDataPointDateField;
  unit: DateUnit;
};

export type KpiDataPointEdge = {
  __typename?: 'KpiDataPointEdge';
  cursor: Scalars['String']['output'];
  node: KpiDataPoint;
};

export type KpiDataPointGroupKey =
  | 'KPI_ID'
  | 'KPI__FREQUENCY'
  | 'KPI__NAME'
  | 'PERIOD';

/** Conditions on a to-many list of kpiDataPoints (in the trash excluded); several combine with AND. */
export type KpiDataPointListRelationFilter = {
  /** All of the kpiDataPoints match; true when there are none. */
  every?: InputMaybe<KpiDataPointWhere>;
  /** None of the kpiDataPoints matches; true when there are none. */
  none?: InputMaybe<KpiDataPointWhere>;
  /** At least one of the kpiDataPoints matches. */
  some?: InputMaybe<KpiDataPointWhere>;
};

export type KpiDataPointNumbers = {
  __typename?: 'KpiDataPointNumbers';
  value: Maybe<Scalars['Float']['output']>;
};

export type KpiDataPointNumericField =
  | 'VALUE';

export type KpiDataPointOrderBy = {
  direction?: SortDirection;
  field: KpiDataPointOrderField;
};

export type KpiDataPointOrderField =
  | 'CREATED_AT'
  | 'DATE'
  | 'UPDATED_AT';

/** What you may do with this KpiDataPoint. */
export type KpiDataPointPermissions = {
  __typename?: 'KpiDataPointPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this KpiDataPoint (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on kpiDataPoints; fields combine with AND. */
export type KpiDataPointWhere = {
  AND?: InputMaybe<Array<KpiDataPointWhere>>;
  NOT?: InputMaybe<KpiDataPointWhere>;
  OR?: InputMaybe<Array<KpiDataPointWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  date?: InputMaybe<DateTimeFilter>;
  /** Only kpiDataPoints whose kpi matches. */
  kpi?: InputMaybe<KpiWhere>;
  kpiId?: InputMaybe<IdFilter>;
  period?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type KpiDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type KpiDateGrouping = {
  field: KpiDateField;
  unit: DateUnit;
};

export type KpiEdge = {
  __typename?: 'KpiEdge';
  cursor: Scalars['String']['output'];
  node: Kpi;
};

export type KpiFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY';

/** Conditions on a KpiFrequency field. */
export type KpiFrequencyFilter = {
  eq?: InputMaybe<KpiFrequency>;
  in?: InputMaybe<Array<KpiFrequency>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<KpiFrequency>;
  notIn?: InputMaybe<Array<KpiFrequency>>;
};

export type KpiGroupKey =
  | 'FREQUENCY'
  | 'NAME'
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME';

/** Conditions on a to-many list of kpis (in the trash excluded); several combine with AND. */
export type KpiListRelationFilter = {
  /** All of the kpis match; true when there are none. */
  every?: InputMaybe<KpiWhere>;
  /** None of the kpis matches; true when there are none. */
  none?: InputMaybe<KpiWhere>;
  /** At least one of the kpis matches. */
  some?: InputMaybe<KpiWhere>;
};

export type KpiNumbers = {
  __typename?: 'KpiNumbers';
  currentValue: Maybe<Scalars['Float']['output']>;
  targetValue: Maybe<Scalars['Float']['output']>;
};

export type KpiNumericField =
  | 'CURRENT_VALUE'
  | 'TARGET_VALUE';

export type KpiOrderBy = {
  direction?: SortDirection;
  field: KpiOrderField;
};

export type KpiOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** What you may do with this Kpi. */
export type KpiPermissions = {
  __typename?: 'KpiPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Kpi (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on kpis; fields combine with AND. */
export type KpiWhere = {
  AND?: InputMaybe<Array<KpiWhere>>;
  NOT?: InputMaybe<KpiWhere>;
  OR?: InputMaybe<Array<KpiWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only kpis with some, every or none of their dataPoints matching. */
  dataPoints?: InputMaybe<KpiDataPointListRelationFilter>;
  frequency?: InputMaybe<KpiFrequencyFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only kpis whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  /** Only kpis whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type LaunchChecklistItem = {
  __typename?: 'LaunchChecklistItem';
  assignee: Maybe<User>;
  assigneeId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  done: Scalars['Boolean']['output'];
  /** When it was ticked off; cleared when reopened. */
  doneAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  release: Maybe<Release>;
  releaseId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: LaunchChecklistItemPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type LaunchChecklistItemAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<LaunchChecklistItemNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of launchChecklistItems. */
export type LaunchChecklistItemAggregateRow = {
  __typename?: 'LaunchChecklistItemAggregateRow';
  avg: LaunchChecklistItemNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: LaunchChecklistItemNumbers;
  min: LaunchChecklistItemNumbers;
  sum: LaunchChecklistItemNumbers;
};

/** A page of launchChecklistItems. */
export type LaunchChecklistItemConnection = {
  __typename?: 'LaunchChecklistItemConnection';
  edges: Array<LaunchChecklistItemEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<LaunchChecklistItem>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type LaunchChecklistItemDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type LaunchChecklistItemDateGrouping = {
  field: LaunchChecklistItemDateField;
  unit: DateUnit;
};

export type LaunchChecklistItemEdge = {
  __typename?: 'LaunchChecklistItemEdge';
  cursor: Scalars['String']['output'];
  node: LaunchChecklistItem;
};

export type LaunchChecklistItemGroupKey =
  | 'ASSIGNEE_ID'
  | 'ASSIGNEE__EMAIL'
  | 'ASSIGNEE__NAME'
  | 'DONE'
  | 'RELEASE_ID'
  | 'RELEASE__NAME'
  | 'RELEASE__STATUS'
  | 'RELEASE__TYPE'
  | 'RELEASE__VERSION_NUMBER'
  | 'TITLE';

/** Conditions on a to-many list of launchChecklistItems (in the trash excluded); several combine with AND. */
export type LaunchChecklistItemListRelationFilter = {
  /** All of the launchChecklistItems match; true when there are none. */
  every?: InputMaybe<LaunchChecklistItemWhere>;
  /** None of the launchChecklistItems matches; true when there are none. */
  none?: InputMaybe<LaunchChecklistItemWhere>;
  /** At least one of the launchChecklistItems matches. */
  some?: InputMaybe<LaunchChecklistItemWhere>;
};

export type LaunchChecklistItemNumbers = {
  __typename?: 'LaunchChecklistItemNumbers';
  position: Maybe<Scalars['Float']['output']>;
};

export type LaunchChecklistItemNumericField =
  | 'POSITION';

export type LaunchChecklistItemOrderBy = {
  direction?: SortDirection;
  field: LaunchChecklistItemOrderField;
};

export type LaunchChecklistItemOrderField =
  | 'CREATED_AT'
  | 'POSITION'
  | 'UPDATED_AT';

/** What you may do with this LaunchChecklistItem. */
export type LaunchChecklistItemPermissions = {
  __typename?: 'LaunchChecklistItemPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this LaunchChecklistItem (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on launchChecklistItems; fields combine with AND. */
export type LaunchChecklistItemWhere = {
  AND?: InputMaybe<Array<LaunchChecklistItemWhere>>;
  NOT?: InputMaybe<LaunchChecklistItemWhere>;
  OR?: InputMaybe<Array<LaunchChecklistItemWhere>>;
  /** Only launchChecklistItems whose assignee matches. */
  assignee?: InputMaybe<UserWhere>;
  assigneeId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  done?: InputMaybe<BooleanFilter>;
  position?: InputMaybe<IntFilter>;
  /** Only launchChecklistItems whose release matches. */
  release?: InputMaybe<ReleaseWhere>;
  releaseId?: InputMaybe<IdFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Pipeline events from outside CRMs (HubSpot, Pipedrive); the external form of a deal’s stage history. */
export type LeadEvent = {
  __typename?: 'LeadEvent';
  company: Maybe<Company>;
  companyId: Maybe<Scalars['ID']['output']>;
  contact: Maybe<Contact>;
  contactId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  deal: Maybe<Deal>;
  dealId: Maybe<Scalars['ID']['output']>;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  eventType: LeadEventType;
  /** The event’s id in that CRM, unique per source. */
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The lead or deal id in that CRM. */
  leadId: Scalars['String']['output'];
  metadata: Scalars['JSONObject']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The CRM it comes from (hubspot, pipedrive); part of the natural key. */
  sourceSystem: Scalars['String']['output'];
  /** Pipeline stage in that CRM, e.g. qualified; matched to a stage of the same name. */
  stage: Scalars['String']['output'];
  /** active, stale, lost, … */
  status: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  value: Maybe<Scalars['Decimal']['output']>;
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: LeadEventPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type LeadEventAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<LeadEventNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of leadEvents. */
export type LeadEventAggregateRow = {
  __typename?: 'LeadEventAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: LeadEventNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: LeadEventNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: LeadEventNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: LeadEventNumbers;
};

/** A page of leadEvents. */
export type LeadEventConnection = {
  __typename?: 'LeadEventConnection';
  edges: Array<LeadEventEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<LeadEvent>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type LeadEventDateField =
  | 'CREATED_AT'
  | 'OCCURRED_AT'
  | 'UPDATED_AT';

export type LeadEventDateGrouping = {
  field: LeadEventDateField;
  unit: DateUnit;
};

export type LeadEventEdge = {
  __typename?: 'LeadEventEdge';
  cursor: Scalars['String']['output'];
  node: LeadEvent;
};

export type LeadEventGroupKey =
  | 'COMPANY_ID'
  | 'COMPANY__COUNTRY'
  | 'COMPANY__INDUSTRY'
  | 'COMPANY__NAME'
  | 'COMPANY__SIZE'
  | 'COMPANY__STATUS'
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'CURRENCY'
  | 'DEAL_ID'
  | 'DEAL__CURRENCY'
  | 'DEAL__PRIORITY'
  | 'DEAL__SOURCE'
  | 'DEAL__STATUS'
  | 'DEAL__TITLE'
  | 'EVENT_TYPE'
  | 'EXTERNAL_ID'
  | 'LEAD_ID'
  | 'SOURCE_SYSTEM'
  | 'STAGE'
  | 'STATUS';

/** Conditions on a to-many list of leadEvents (in the trash excluded); several combine with AND. */
export type LeadEventListRelationFilter = {
  /** All of the leadEvents match; true when there are none. */
  every?: InputMaybe<LeadEventWhere>;
  /** None of the leadEvents matches; true when there are none. */
  none?: InputMaybe<LeadEventWhere>;
  /** At least one of the leadEvents matches. */
  some?: InputMaybe<LeadEventWhere>;
};

export type LeadEventNumbers = {
  __typename?: 'LeadEventNumbers';
  value: Maybe<Scalars['Decimal']['output']>;
};

export type LeadEventNumericField =
  | 'VALUE';

export type LeadEventOrderBy = {
  direction?: SortDirection;
  field: LeadEventOrderField;
};

export type LeadEventOrderField =
  | 'CREATED_AT'
  | 'OCCURRED_AT'
  | 'UPDATED_AT';

/** What you may do with this LeadEvent. */
export type LeadEventPermissions = {
  __typename?: 'LeadEventPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this LeadEvent (update). */
  update: Scalars['Boolean']['output'];
};

export type LeadEventType =
  | 'CREATED'
  | 'LOST'
  | 'STAGE_CHANGED'
  | 'UPDATED'
  | 'WON';

/** Conditions on a LeadEventType field. */
export type LeadEventTypeFilter = {
  eq?: InputMaybe<LeadEventType>;
  in?: InputMaybe<Array<LeadEventType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<LeadEventType>;
  notIn?: InputMaybe<Array<LeadEventType>>;
};

/** Conditions on leadEvents; fields combine with AND. */
export type LeadEventWhere = {
  AND?: InputMaybe<Array<LeadEventWhere>>;
  NOT?: InputMaybe<LeadEventWhere>;
  OR?: InputMaybe<Array<LeadEventWhere>>;
  /** Only leadEvents whose company matches. */
  company?: InputMaybe<CompanyWhere>;
  companyId?: InputMaybe<IdFilter>;
  /** Only leadEvents whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  /** Only leadEvents whose deal matches. */
  deal?: InputMaybe<DealWhere>;
  dealId?: InputMaybe<IdFilter>;
  eventType?: InputMaybe<LeadEventTypeFilter>;
  externalId?: InputMaybe<StringFilter>;
  leadId?: InputMaybe<StringFilter>;
  occurredAt?: InputMaybe<DateTimeFilter>;
  sourceSystem?: InputMaybe<StringFilter>;
  stage?: InputMaybe<StringFilter>;
  status?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
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
  eq?: InputMaybe<Lifecycle>;
  in?: InputMaybe<Array<Lifecycle>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Lifecycle>;
  notIn?: InputMaybe<Array<Lifecycle>>;
};

/** A contact’s points in a program; the balance is always the sum of its events. */
export type LoyaltyAccount = {
  __typename?: 'LoyaltyAccount';
  contact: Maybe<Contact>;
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its points history. */
  events: LoyaltyEventConnection;
  id: Scalars['ID']['output'];
  /** Points available; changed by loyalty events only. */
  pointsBalance: Scalars['Int']['output'];
  program: Maybe<LoyaltyProgram>;
  programId: Scalars['ID']['output'];
  totalEarned: Scalars['Int']['output'];
  totalRedeemed: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: LoyaltyAccountPermissions;
};


/** A contact’s points in a program; the balance is always the sum of its events. */
export type LoyaltyAccountEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LoyaltyEventOrderBy>>;
  where?: InputMaybe<LoyaltyEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type LoyaltyAccountAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<LoyaltyAccountNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of loyaltyAccounts. */
export type LoyaltyAccountAggregateRow = {
  __typename?: 'LoyaltyAccountAggregateRow';
  avg: LoyaltyAccountNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: LoyaltyAccountNumbers;
  min: LoyaltyAccountNumbers;
  sum: LoyaltyAccountNumbers;
};

/** A page of loyaltyAccounts. */
export type LoyaltyAccountConnection = {
  __typename?: 'LoyaltyAccountConnection';
  edges: Array<LoyaltyAccountEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<LoyaltyAccount>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type LoyaltyAccountDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type LoyaltyAccountDateGrouping = {
  field: LoyaltyAccountDateField;
  unit: DateUnit;
};

export type LoyaltyAccountEdge = {
  __typename?: 'LoyaltyAccountEdge';
  cursor: Scalars['String']['output'];
  node: LoyaltyAccount;
};

export type LoyaltyAccountGroupKey =
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'PROGRAM_ID'
  | 'PROGRAM__IS_ACTIVE'
  | 'PROGRAM__NAME';

/** Conditions on a to-many list of loyaltyAccounts (in the trash excluded); several combine with AND. */
export type LoyaltyAccountListRelationFilter = {
  /** All of the loyaltyAccounts match; true when there are none. */
  every?: InputMaybe<LoyaltyAccountWhere>;
  /** None of the loyaltyAccounts matches; true when there are none. */
  none?: InputMaybe<LoyaltyAccountWhere>;
  /** At least one of the loyaltyAccounts matches. */
  some?: InputMaybe<LoyaltyAccountWhere>;
};

export type LoyaltyAccountNumbers = {
  __typename?: 'LoyaltyAccountNumbers';
  pointsBalance: Maybe<Scalars['Float']['output']>;
  totalEarned: Maybe<Scalars['Float']['output']>;
  totalRedeemed: Maybe<Scalars['Float']['output']>;
};

export type LoyaltyAccountNumericField =
  | 'POINTS_BALANCE'
  | 'TOTAL_EARNED'
  | 'TOTAL_REDEEMED';

export type LoyaltyAccountOrderBy = {
  direction?: SortDirection;
  field: LoyaltyAccountOrderField;
};

export type LoyaltyAccountOrderField =
  | 'CREATED_AT'
  | 'POINTS_BALANCE'
  | 'UPDATED_AT';

/** What you may do with this LoyaltyAccount. */
export type LoyaltyAccountPermissions = {
  __typename?: 'LoyaltyAccountPermissions';
  /** Run adjustLoyaltyPoints on it. */
  adjustLoyaltyPoints: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run redeemPoints on it. */
  redeemPoints: Scalars['Boolean']['output'];
  /** Change this LoyaltyAccount (update is not offered). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on loyaltyAccounts; fields combine with AND. */
export type LoyaltyAccountWhere = {
  AND?: InputMaybe<Array<LoyaltyAccountWhere>>;
  NOT?: InputMaybe<LoyaltyAccountWhere>;
  OR?: InputMaybe<Array<LoyaltyAccountWhere>>;
  /** Only loyaltyAccounts whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only loyaltyAccounts with some, every or none of their events matching. */
  events?: InputMaybe<LoyaltyEventListRelationFilter>;
  pointsBalance?: InputMaybe<IntFilter>;
  /** Only loyaltyAccounts whose program matches. */
  program?: InputMaybe<LoyaltyProgramWhere>;
  programId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Points earned, redeemed, expired or adjusted; written by the server only. */
export type LoyaltyEvent = {
  __typename?: 'LoyaltyEvent';
  account: Maybe<LoyaltyAccount>;
  accountId: Scalars['ID']['output'];
  balanceAfter: Scalars['Int']['output'];
  balanceBefore: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<User>;
  createdById: Maybe<Scalars['String']['output']>;
  /** Why (required for adjustments). */
  description: Maybe<Scalars['String']['output']>;
  eventType: LoyaltyEventType;
  /** When these earned points expire, if the program lets them. */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The paid order that earned the points. */
  orderId: Maybe<Scalars['ID']['output']>;
  /** Signed: what the event added to the balance (negative for redeemed and expired). */
  points: Scalars['Int']['output'];
  referral: Maybe<CustomerReferral>;
  /** The converted referral that earned the points. */
  referralId: Maybe<Scalars['ID']['output']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type LoyaltyEventAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<LoyaltyEventNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of loyaltyEvents. */
export type LoyaltyEventAggregateRow = {
  __typename?: 'LoyaltyEventAggregateRow';
  avg: LoyaltyEventNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: LoyaltyEventNumbers;
  min: LoyaltyEventNumbers;
  sum: LoyaltyEventNumbers;
};

/** A page of loyaltyEvents. */
export type LoyaltyEventConnection = {
  __typename?: 'LoyaltyEventConnection';
  edges: Array<LoyaltyEventEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<LoyaltyEvent>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type LoyaltyEventDateField =
  | 'CREATED_AT';

export type LoyaltyEventDateGrouping = {
  field: LoyaltyEventDateField;
  unit: DateUnit;
};

export type LoyaltyEventEdge = {
  __typename?: 'LoyaltyEventEdge';
  cursor: Scalars['String']['output'];
  node: LoyaltyEvent;
};

export type LoyaltyEventGroupKey =
  | 'ACCOUNT_ID'
  | 'CREATED_BY__EMAIL'
  | 'CREATED_BY__NAME'
  | 'EVENT_TYPE'
  | 'ORDER_ID'
  | 'REFERRAL_ID'
  | 'REFERRAL__REFERRED_EMAIL'
  | 'REFERRAL__REFERRED_NAME'
  | 'REFERRAL__STATUS';

/** Conditions on a to-many list of loyaltyEvents (in the trash excluded); several combine with AND. */
export type LoyaltyEventListRelationFilter = {
  /** All of the loyaltyEvents match; true when there are none. */
  every?: InputMaybe<LoyaltyEventWhere>;
  /** None of the loyaltyEvents matches; true when there are none. */
  none?: InputMaybe<LoyaltyEventWhere>;
  /** At least one of the loyaltyEvents matches. */
  some?: InputMaybe<LoyaltyEventWhere>;
};

export type LoyaltyEventNumbers = {
  __typename?: 'LoyaltyEventNumbers';
  balanceAfter: Maybe<Scalars['Float']['output']>;
  balanceBefore: Maybe<Scalars['Float']['output']>;
  points: Maybe<Scalars['Float']['output']>;
};

export type LoyaltyEventNumericField =
  | 'BALANCE_AFTER'
  | 'BALANCE_BEFORE'
  | 'POINTS';

export type LoyaltyEventOrderBy = {
  direction?: SortDirection;
  field: LoyaltyEventOrderField;
};

export type LoyaltyEventOrderField =
  | 'CREATED_AT';

/** EARNED from a paid order or a referral, REDEEMED for a reward, EXPIRED by the nightly job, ADJUSTED by a manager. */
export type LoyaltyEventType =
  | 'ADJUSTED'
  | 'EARNED'
  | 'EXPIRED'
  | 'REDEEMED';

/** Conditions on a LoyaltyEventType field. */
export type LoyaltyEventTypeFilter = {
  eq?: InputMaybe<LoyaltyEventType>;
  in?: InputMaybe<Array<LoyaltyEventType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<LoyaltyEventType>;
  notIn?: InputMaybe<Array<LoyaltyEventType>>;
};

/** Conditions on loyaltyEvents; fields combine with AND. */
export type LoyaltyEventWhere = {
  AND?: InputMaybe<Array<LoyaltyEventWhere>>;
  NOT?: InputMaybe<LoyaltyEventWhere>;
  OR?: InputMaybe<Array<LoyaltyEventWhere>>;
  /** Only loyaltyEvents whose account matches. */
  account?: InputMaybe<LoyaltyAccountWhere>;
  accountId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only loyaltyEvents whose createdBy matches. */
  createdBy?: InputMaybe<UserWhere>;
  eventType?: InputMaybe<LoyaltyEventTypeFilter>;
  orderId?: InputMaybe<IdFilter>;
  /** Only loyaltyEvents whose referral matches. */
  referral?: InputMaybe<CustomerReferralWhere>;
  referralId?: InputMaybe<IdFilter>;
};

/** Points a program owes its customers. */
export type LoyaltyLiability = {
  __typename?: 'LoyaltyLiability';
  accounts: Scalars['Int']['output'];
  /** Points ever earned (whole points). */
  pointsEarned: Scalars['Float']['output'];
  /** Points outstanding: the sum of the accounts’ balances (whole points). */
  pointsOutstanding: Scalars['Float']['output'];
  /** Points ever redeemed (whole points). */
  pointsRedeemed: Scalars['Float']['output'];
  programId: Scalars['ID']['output'];
  programName: Scalars['String']['output'];
};

/** Loyalty programs: paid orders earn points at the program’s rate. */
export type LoyaltyProgram = {
  __typename?: 'LoyaltyProgram';
  accounts: LoyaltyAccountConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Only active programs earn points. */
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Earned points expire this many days after they were earned; null: never. */
  pointsExpireAfterDays: Maybe<Scalars['Int']['output']>;
  /** Points per whole unit of a paid order’s total, in the order’s currency. */
  pointsPerDollar: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: LoyaltyProgramPermissions;
};


/** Loyalty programs: paid orders earn points at the program’s rate. */
export type LoyaltyProgramAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LoyaltyAccountOrderBy>>;
  where?: InputMaybe<LoyaltyAccountWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type LoyaltyProgramAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<LoyaltyProgramNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of loyaltyPrograms. */
export type LoyaltyProgramAggregateRow = {
  __typename?: 'LoyaltyProgramAggregateRow';
  avg: LoyaltyProgramNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: LoyaltyProgramNumbers;
  min: LoyaltyProgramNumbers;
  sum: LoyaltyProgramNumbers;
};

/** A page of loyaltyPrograms. */
export type LoyaltyProgramConnection = {
  __typename?: 'LoyaltyProgramConnection';
  edges: Array<LoyaltyProgramEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<LoyaltyProgram>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type LoyaltyProgramDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type LoyaltyProgramDateGrouping = {
  field: LoyaltyProgramDateField;
  unit: DateUnit;
};

export type LoyaltyProgramEdge = {
  __typename?: 'LoyaltyProgramEdge';
  cursor: Scalars['String']['output'];
  node: LoyaltyProgram;
};

export type LoyaltyProgramGroupKey =
  | 'IS_ACTIVE'
  | 'NAME';

export type LoyaltyProgramNumbers = {
  __typename?: 'LoyaltyProgramNumbers';
  pointsExpireAfterDays: Maybe<Scalars['Float']['output']>;
  pointsPerDollar: Maybe<Scalars['Float']['output']>;
};

export type LoyaltyProgramNumericField =
  | 'POINTS_EXPIRE_AFTER_DAYS'
  | 'POINTS_PER_DOLLAR';

export type LoyaltyProgramOrderBy = {
  direction?: SortDirection;
  field: LoyaltyProgramOrderField;
};

export type LoyaltyProgramOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** What you may do with this LoyaltyProgram. */
export type LoyaltyProgramPermissions = {
  __typename?: 'LoyaltyProgramPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this LoyaltyProgram (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on loyaltyPrograms; fields combine with AND. */
export type LoyaltyProgramWhere = {
  AND?: InputMaybe<Array<LoyaltyProgramWhere>>;
  NOT?: InputMaybe<LoyaltyProgramWhere>;
  OR?: InputMaybe<Array<LoyaltyProgramWhere>>;
  /** Only loyaltyPrograms with some, every or none of their accounts matching. */
  accounts?: InputMaybe<LoyaltyAccountListRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  isActive?: InputMaybe<BooleanFilter>;
  name?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** The secret a mail provider signs its webhook calls with; shown once, when set. */
export type MailProviderSecret = {
  __typename?: 'MailProviderSecret';
  rotatedAt: Scalars['DateTimeISO']['output'];
  /** Give it to the mail provider; it is not shown again (rotate to get a new one). */
  secret: Scalars['String']['output'];
  /** Header carrying hex HMAC-SHA256(secret, "<timestamp>.<raw body>"). */
  signatureHeader: Scalars['String']['output'];
  /** Header carrying the Unix time (seconds) of the call; calls more than 5 minutes off are refused. */
  timestampHeader: Scalars['String']['output'];
  /** The path the provider posts events to. */
  webhookPath: Scalars['String']['output'];
};

export type Membership = {
  __typename?: 'Membership';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  role: Role;
  team: Maybe<Team>;
  teamId: Maybe<Scalars['String']['output']>;
  /** Job title, e.g. Product manager (not a permission level). */
  title: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  user: Maybe<User>;
  userId: Scalars['String']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: MembershipPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type MembershipAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of memberships. */
export type MembershipAggregateRow = {
  __typename?: 'MembershipAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Membership>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type MembershipDateField =
  | 'CREATED_AT';

export type MembershipDateGrouping = {
  field: MembershipDateField;
  unit: DateUnit;
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type MembershipGroupKey =
  | 'ROLE'
  | 'TEAM_ID'
  | 'TEAM__NAME'
  | 'USER_ID'
  | 'USER__EMAIL'
  | 'USER__NAME';

/** Conditions on a to-many list of memberships (in the trash excluded); several combine with AND. */
export type MembershipListRelationFilter = {
  /** All of the memberships match; true when there are none. */
  every?: InputMaybe<MembershipWhere>;
  /** None of the memberships matches; true when there are none. */
  none?: InputMaybe<MembershipWhere>;
  /** At least one of the memberships matches. */
  some?: InputMaybe<MembershipWhere>;
};

export type MembershipOrderBy = {
  direction?: SortDirection;
  field: MembershipOrderField;
};

export type MembershipOrderField =
  | 'CREATED_AT';

/** What you may do with this Membership. */
export type MembershipPermissions = {
  __typename?: 'MembershipPermissions';
  /** Run changeMemberRole on it. */
  changeMemberRole: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run removeMember on it. */
  removeMember: Scalars['Boolean']['output'];
  /** Run setMemberTeam on it. */
  setMemberTeam: Scalars['Boolean']['output'];
  /** Change this Membership (update is not offered). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on memberships; fields combine with AND. */
export type MembershipWhere = {
  AND?: InputMaybe<Array<MembershipWhere>>;
  NOT?: InputMaybe<MembershipWhere>;
  OR?: InputMaybe<Array<MembershipWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  role?: InputMaybe<RoleFilter>;
  /** Only memberships whose team matches. */
  team?: InputMaybe<TeamWhere>;
  teamId?: InputMaybe<IdFilter>;
  /** Only memberships whose user matches. */
  user?: InputMaybe<UserWhere>;
  userId?: InputMaybe<IdFilter>;
};

/** A custom metric over one bucket and unit. */
export type MetricPoint = {
  __typename?: 'MetricPoint';
  bucket: Scalars['Date']['output'];
  records: Scalars['Int']['output'];
  unit: Maybe<Scalars['String']['output']>;
  value: SeriesStat;
};

/** Sums of one currency; deals in other currencies are summed separately, never converted. */
export type MoneyTotal = {
  __typename?: 'MoneyTotal';
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  value: Scalars['Decimal']['output'];
  /** Σ value × (deal probability, else stage probability). */
  weightedValue: Scalars['Decimal']['output'];
};

/** Where a deal goes: a stage, and its slot between two neighbours of that column. */
export type MoveDealInput = {
  /** The card that will be just above it; omit for the top. */
  afterDealId?: InputMaybe<Scalars['ID']['input']>;
  /** The card that will be just below it; omit both to append at the bottom. */
  beforeDealId?: InputMaybe<Scalars['ID']['input']>;
  dealId: Scalars['ID']['input'];
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Retries with the same key return the first result instead of moving again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required when moving into a LOST stage. */
  lostReason?: InputMaybe<Scalars['String']['input']>;
  toStageId: Scalars['ID']['input'];
};

/** A deal moving to another pipeline: it lands at the bottom of the given stage. */
export type MoveDealToPipelineInput = {
  dealId: Scalars['ID']['input'];
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Retries with the same key return the first result instead of moving again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required when the stage is a LOST stage. */
  lostReason?: InputMaybe<Scalars['String']['input']>;
  /** A stage of the pipeline it moves to. */
  toStageId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AuthPayload;
  /** Adds or removes points of a contact in a program, with a reason (MANAGER and above); opens the account if needed. */
  adjustLoyaltyPoints: LoyaltyAccount;
  /** Changes a product’s stock and writes the inventory adjustment; stock never goes below zero. */
  adjustStock: Product;
  /** Moves a epic to another status; illegal transitions are refused with BAD_USER_INPUT naming from and to. */
  changeEpicStatus: Epic;
  /** Moves a feature to another status; illegal transitions are refused with BAD_USER_INPUT naming from and to. */
  changeFeatureStatus: Feature;
  /** Moves a idea to another status; illegal transitions are refused with BAD_USER_INPUT naming from and to. */
  changeIdeaStatus: Idea;
  /** OWNER only; the last OWNER cannot be demoted. */
  changeMemberRole: Membership;
  /** Moves an order along its lifecycle; an illegal move is BAD_USER_INPUT naming both states. Cancelling returns the stock and refunds its payments. */
  changeOrderStatus: Order;
  /** Moves a release to another status; illegal transitions are refused with BAD_USER_INPUT naming from and to. */
  changeReleaseStatus: Release;
  completeActivity: Activity;
  /** Marks a pending referral converted, links the referred contact and credits the reward to the referrer (once). */
  convertReferral: CustomerReferral;
  createActivity: Activity;
  /** ADMIN and above; the role may not exceed yours. */
  createApiKey: ApiKeyWithSecret;
  createCompany: Company;
  createContact: Contact;
  createCustomFieldDefinition: CustomFieldDefinition;
  createCustomMetric: CustomMetric;
  createCustomerReferral: CustomerReferral;
  createDeal: Deal;
  createDelivery: Delivery;
  createDocument: Document;
  createEpic: Epic;
  createExperiment: Experiment;
  createFeature: Feature;
  createFeedback: Feedback;
  createFeedbackFeatureLink: FeedbackFeatureLink;
  createFeedbackIdeaLink: FeedbackIdeaLink;
  createFinancial: Financial;
  createIdea: Idea;
  createIdeaFeatureLink: IdeaFeatureLink;
  createIntegration: Integration;
  createKeyResult: KeyResult;
  createKpi: Kpi;
  createKpiDataPoint: KpiDataPoint;
  createLaunchChecklistItem: LaunchChecklistItem;
  createLeadEvent: LeadEvent;
  createLoyaltyProgram: LoyaltyProgram;
  createOkr: Okr;
  createPipeline: Pipeline;
  createPipelineStage: PipelineStage;
  createProduct: Product;
  createRelease: Release;
  createReleaseChangelogEntry: ReleaseChangelogEntry;
  createReleaseFeature: ReleaseFeature;
  createRoadmap: Roadmap;
  createTeam: Team;
  createUserAlias: UserAlias;
  /** ADMIN and above. Returns the signing secret, once. */
  createWebhookSubscription: WebhookSubscriptionWithSecret;
  createWorkItem: WorkItem;
  /** Moves it to the trash; restorable. */
  deleteActivity: Activity;
  /** Moves it to the trash; restorable. */
  deleteCompany: Company;
  /** Moves it to the trash; restorable. */
  deleteContact: Contact;
  /** Moves it to the trash; restorable. */
  deleteCustomFieldDefinition: CustomFieldDefinition;
  /** Moves it to the trash; restorable. */
  deleteCustomMetric: CustomMetric;
  /** Moves it to the trash; restorable. */
  deleteCustomerReferral: CustomerReferral;
  /** Moves it to the trash; restorable. */
  deleteDeal: Deal;
  /** Moves it to the trash; restorable. */
  deleteDelivery: Delivery;
  /** Moves it to the trash; restorable. */
  deleteDocument: Document;
  /** Moves it to the trash; restorable. */
  deleteEpic: Epic;
  /** Moves it to the trash; restorable. */
  deleteExperiment: Experiment;
  /** Moves it to the trash; restorable. */
  deleteFeature: Feature;
  /** Moves it to the trash; restorable. */
  deleteFeedback: Feedback;
  /** Moves it to the trash; restorable. */
  deleteFeedbackFeatureLink: FeedbackFeatureLink;
  /** Moves it to the trash; restorable. */
  deleteFeedbackIdeaLink: FeedbackIdeaLink;
  /** Moves it to the trash; restorable. */
  deleteFinancial: Financial;
  /** Moves it to the trash; restorable. */
  deleteIdea: Idea;
  /** Moves it to the trash; restorable. */
  deleteIdeaFeatureLink: IdeaFeatureLink;
  /** Moves it to the trash; restorable. */
  deleteIntegration: Integration;
  /** Moves it to the trash; restorable. */
  deleteKeyResult: KeyResult;
  /** Moves it to the trash; restorable. */
  deleteKpi: Kpi;
  /** Moves it to the trash; restorable. */
  deleteKpiDataPoint: KpiDataPoint;
  /** Moves it to the trash; restorable. */
  deleteLaunchChecklistItem: LaunchChecklistItem;
  /** Moves it to the trash; restorable. */
  deleteLeadEvent: LeadEvent;
  /** Moves it to the trash; restorable. */
  deleteLoyaltyProgram: LoyaltyProgram;
  /** Moves it to the trash; restorable. */
  deleteOkr: Okr;
  /** Moves it to the trash; restorable. */
  deletePipeline: Pipeline;
  /** Moves it to the trash; restorable. */
  deletePipelineStage: PipelineStage;
  /** Moves it to the trash; restorable. */
  deleteProduct: Product;
  /** Moves it to the trash; restorable. */
  deleteRelease: Release;
  /** Moves it to the trash; restorable. */
  deleteReleaseChangelogEntry: ReleaseChangelogEntry;
  /** Moves it to the trash; restorable. */
  deleteReleaseFeature: ReleaseFeature;
  /** Moves it to the trash; restorable. */
  deleteRoadmap: Roadmap;
  /** Moves it to the trash; restorable. */
  deleteTeam: Team;
  /** Moves it to the trash; restorable. */
  deleteUserAlias: UserAlias;
  /** Stops the subscription and moves it to the trash; its deliveries stop too. */
  deleteWebhookSubscription: WebhookSubscription;
  /** Moves it to the trash; restorable. */
  deleteWorkItem: WorkItem;
  /** Upserts financial rows on (company, date, source system) in one statement; re-sending a batch changes nothing. A bad row refuses the batch (BAD_USER_INPUT listing every bad row in extensions.rows) unless mode is PARTIAL. */
  ingestFinancials: IngestResult;
  /** Upserts outside-CRM events on (source system, external id), like ingestFinancials; each is linked to the matching deal, contact and company where one exists. */
  ingestLeadEvents: IngestResult;
  /** Upserts custom-metric values on (company, metric name, time), like ingestFinancials. */
  ingestMetrics: IngestResult;
  /** OWNER only. Returns the token to pass on; nothing is e-mailed. */
  inviteMember: InvitationWithToken;
  /** Marks a READY release RELEASED (same rules as changeReleaseStatus): refused while its launch checklist has open items, which the error lists. */
  launchRelease: Release;
  /** Links feedback to the idea and/or feature it asks for; their demand counts its customer from then on. */
  linkFeedback: Feedback;
  logIn: AuthPayload;
  /** Revokes the refresh token; access tokens lapse within minutes. */
  logOut: Scalars['Boolean']['output'];
  /** Moves a deal between stages or within its column; WON/LOST stages close it, leaving them reopens it. */
  moveDeal: Deal;
  /** Moves a deal to a stage of another pipeline (to the bottom of that column). */
  moveDealToPipeline: Deal;
  /** Moves a feature from one release to another (or into / out of "unscheduled" when one side is omitted), in one transaction; the feature's other releases are kept. */
  moveFeatureToRelease: Feature;
  /** Places an order with its items: prices from the catalog, totals computed, stock taken (CONFLICT when there is too little). */
  placeOrder: Order;
  /** Creates a feature from an APPROVED idea, linked to it by an IdeaFeatureLink (idea.featureLinks, feature.ideaLinks), and moves the idea to IN_DEVELOPMENT. */
  promoteIdeaToFeature: Idea;
  /** Records a completed payment; partial payments add up and the order is paid once they cover its total. */
  recordPayment: Order;
  /** Spends points of a loyalty account (MANAGER and above); more than the balance is refused (BAD_USER_INPUT on points). */
  redeemPoints: LoyaltyAccount;
  /** Sends a delivery again, with a fresh set of attempts (same delivery and event id: receivers may deduplicate). */
  redeliverWebhook: WebhookDelivery;
  /** Re-encrypts the integration’s credentials with the current key (after a key rotation). */
  reencryptIntegrationCredentials: Integration;
  /** New tokens for a refresh token (which is then used up); optionally switches organization. */
  refreshSession: AuthPayload;
  /** Gives back money of a completed payment, never more than was paid; returns the order. */
  refundPayment: Order;
  /** OWNER only. The person keeps their account; their records stay. */
  removeMember: Membership;
  reopenActivity: Activity;
  restoreActivity: Activity;
  restoreCompany: Company;
  restoreContact: Contact;
  restoreCustomFieldDefinition: CustomFieldDefinition;
  restoreCustomMetric: CustomMetric;
  restoreCustomerReferral: CustomerReferral;
  restoreDeal: Deal;
  restoreDelivery: Delivery;
  restoreDocument: Document;
  /** Makes an earlier revision current again, as a new revision (history is never rewritten). */
  restoreDocumentVersion: Document;
  restoreEpic: Epic;
  restoreExperiment: Experiment;
  restoreFeature: Feature;
  restoreFeedback: Feedback;
  restoreFeedbackFeatureLink: FeedbackFeatureLink;
  restoreFeedbackIdeaLink: FeedbackIdeaLink;
  restoreFinancial: Financial;
  restoreIdea: Idea;
  restoreIdeaFeatureLink: IdeaFeatureLink;
  restoreIntegration: Integration;
  restoreKeyResult: KeyResult;
  restoreKpi: Kpi;
  restoreKpiDataPoint: KpiDataPoint;
  restoreLaunchChecklistItem: LaunchChecklistItem;
  restoreLeadEvent: LeadEvent;
  restoreLoyaltyProgram: LoyaltyProgram;
  restoreOkr: Okr;
  restorePipeline: Pipeline;
  restorePipelineStage: PipelineStage;
  restoreProduct: Product;
  restoreRelease: Release;
  restoreReleaseChangelogEntry: ReleaseChangelogEntry;
  restoreReleaseFeature: ReleaseFeature;
  restoreRoadmap: Roadmap;
  restoreTeam: Team;
  restoreUserAlias: UserAlias;
  restoreWorkItem: WorkItem;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Sets or rotates the organization’s mail-provider webhook secret (ADMIN and above); the previous one stops working. */
  rotateMailProviderSecret: MailProviderSecret;
  /** A new signing secret, shown once; the old one stops working at once. */
  rotateWebhookSecret: WebhookSubscriptionWithSecret;
  /** Replaces the products of a deal; when it has any, its value becomes their sum. */
  setDealLineItems: Deal;
  /** ADMIN and above: puts a member in a team (or none). */
  setMemberTeam: Membership;
  /** Creates your account and your organization, with you as OWNER. */
  signUp: AuthPayload;
  /** Sends a webhook.ping event to an active subscription; follow it in the delivery log. */
  testWebhook: WebhookDelivery;
  updateActivity: Activity;
  updateCompany: Company;
  updateContact: Contact;
  updateCustomFieldDefinition: CustomFieldDefinition;
  updateCustomMetric: CustomMetric;
  updateCustomerReferral: CustomerReferral;
  updateDeal: Deal;
  updateDelivery: Delivery;
  updateDocument: Document;
  updateEpic: Epic;
  updateExperiment: Experiment;
  updateFeature: Feature;
  updateFeedback: Feedback;
  updateFeedbackFeatureLink: FeedbackFeatureLink;
  updateFeedbackIdeaLink: FeedbackIdeaLink;
  updateFinancial: Financial;
  updateIdea: Idea;
  updateIdeaFeatureLink: IdeaFeatureLink;
  updateIntegration: Integration;
  updateKeyResult: KeyResult;
  updateKeyResultProgress: KeyResult;
  updateKpi: Kpi;
  updateKpiDataPoint: KpiDataPoint;
  updateLaunchChecklistItem: LaunchChecklistItem;
  updateLeadEvent: LeadEvent;
  updateLoyaltyProgram: LoyaltyProgram;
  updateOkr: Okr;
  /** OWNER only. */
  updateOrganization: Organization;
  updatePipeline: Pipeline;
  updatePipelineStage: PipelineStage;
  updateProduct: Product;
  updateRelease: Release;
  updateReleaseChangelogEntry: ReleaseChangelogEntry;
  updateReleaseFeature: ReleaseFeature;
  updateRoadmap: Roadmap;
  updateTeam: Team;
  updateUserAlias: UserAlias;
  /** Changes a subscription's URL, event types, description or active flag (its secret: rotateWebhookSecret). */
  updateWebhookSubscription: WebhookSubscription;
  updateWorkItem: WorkItem;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAdjustLoyaltyPointsArgs = {
  input: AdjustLoyaltyPointsInput;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationChangeEpicStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: EpicStatus;
};


export type MutationChangeFeatureStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: FeatureStatus;
};


export type MutationChangeIdeaStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: IdeaStatus;
};


export type MutationChangeMemberRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationChangeOrderStatusArgs = {
  input: ChangeOrderStatusInput;
};


export type MutationChangeReleaseStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: ReleaseStatus;
};


export type MutationCompleteActivityArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConvertReferralArgs = {
  id: Scalars['ID']['input'];
  referredContactId: Scalars['ID']['input'];
};


export type MutationCreateActivityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateActivityInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCompanyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCompanyInput;
};


export type MutationCreateContactArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateContactInput;
};


export type MutationCreateCustomFieldDefinitionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCustomFieldDefinitionInput;
};


export type MutationCreateCustomMetricArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCustomMetricInput;
};


export type MutationCreateCustomerReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCustomerReferralInput;
};


export type MutationCreateDealArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateDealInput;
};


export type MutationCreateDeliveryArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateDeliveryInput;
};


export type MutationCreateDocumentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateDocumentInput;
};


export type MutationCreateEpicArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateEpicInput;
};


export type MutationCreateExperimentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateExperimentInput;
};


export type MutationCreateFeatureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFeatureInput;
};


export type MutationCreateFeedbackArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFeedbackInput;
};


export type MutationCreateFeedbackFeatureLinkArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFeedbackFeatureLinkInput;
};


export type MutationCreateFeedbackIdeaLinkArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFeedbackIdeaLinkInput;
};


export type MutationCreateFinancialArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateFinancialInput;
};


export type MutationCreateIdeaArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateIdeaInput;
};


export type MutationCreateIdeaFeatureLinkArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateIdeaFeatureLinkInput;
};


export type MutationCreateIntegrationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateIntegrationInput;
};


export type MutationCreateKeyResultArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateKeyResultInput;
};


export type MutationCreateKpiArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateKpiInput;
};


export type MutationCreateKpiDataPointArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateKpiDataPointInput;
};


export type MutationCreateLaunchChecklistItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateLaunchChecklistItemInput;
};


export type MutationCreateLeadEventArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateLeadEventInput;
};


export type MutationCreateLoyaltyProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateLoyaltyProgramInput;
};


export type MutationCreateOkrArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateOkrInput;
};


export type MutationCreatePipelineArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreatePipelineInput;
};


export type MutationCreatePipelineStageArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreatePipelineStageInput;
};


export type MutationCreateProductArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateProductInput;
};


export type MutationCreateReleaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateReleaseInput;
};


export type MutationCreateReleaseChangelogEntryArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateReleaseChangelogEntryInput;
};


export type MutationCreateReleaseFeatureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateReleaseFeatureInput;
};


export type MutationCreateRoadmapArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateRoadmapInput;
};


export type MutationCreateTeamArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTeamInput;
};


export type MutationCreateUserAliasArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateUserAliasInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationCreateWorkItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateWorkItemInput;
};


export type MutationDeleteActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomFieldDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomMetricArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomerReferralArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDealArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEpicArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExperimentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFeedbackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFeedbackFeatureLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFeedbackIdeaLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFinancialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIdeaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIdeaFeatureLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIntegrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKeyResultArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKpiArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKpiDataPointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLaunchChecklistItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLeadEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLoyaltyProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOkrArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePipelineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePipelineStageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReleaseChangelogEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReleaseFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserAliasArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWorkItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestFinancialsArgs = {
  mode?: IngestMode;
  rows: Array<CreateFinancialInput>;
};


export type MutationIngestLeadEventsArgs = {
  mode?: IngestMode;
  rows: Array<CreateLeadEventInput>;
};


export type MutationIngestMetricsArgs = {
  mode?: IngestMode;
  rows: Array<CreateCustomMetricInput>;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLaunchReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLinkFeedbackArgs = {
  featureId?: InputMaybe<Scalars['ID']['input']>;
  feedbackId: Scalars['ID']['input'];
  ideaId?: InputMaybe<Scalars['ID']['input']>;
  note: Scalars['String']['input'];
};


export type MutationLogInArgs = {
  email: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
};


export type MutationLogOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMoveDealArgs = {
  input: MoveDealInput;
};


export type MutationMoveDealToPipelineArgs = {
  input: MoveDealToPipelineInput;
};


export type MutationMoveFeatureToReleaseArgs = {
  featureId: Scalars['ID']['input'];
  fromReleaseId?: InputMaybe<Scalars['ID']['input']>;
  toReleaseId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPromoteIdeaToFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRedeliverWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReencryptIntegrationCredentialsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  refreshToken: Scalars['String']['input'];
};


export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationReopenActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCustomFieldDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCustomMetricArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCustomerReferralArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreDealArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreDocumentVersionArgs = {
  documentId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};


export type MutationRestoreEpicArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreExperimentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFeedbackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFeedbackFeatureLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFeedbackIdeaLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFinancialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreIdeaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreIdeaFeatureLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreIntegrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreKeyResultArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreKpiArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreKpiDataPointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreLaunchChecklistItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreLeadEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreLoyaltyProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreOkrArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePipelineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePipelineStageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreReleaseChangelogEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreReleaseFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreUserAliasArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreWorkItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetDealLineItemsArgs = {
  input: SetDealLineItemsInput;
};


export type MutationSetMemberTeamArgs = {
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateActivityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};


export type MutationUpdateCompanyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
};


export type MutationUpdateContactArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateCustomFieldDefinitionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateCustomFieldDefinitionInput;
};


export type MutationUpdateCustomMetricArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateCustomMetricInput;
};


export type MutationUpdateCustomerReferralArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateCustomerReferralInput;
};


export type MutationUpdateDealArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateDealInput;
};


export type MutationUpdateDeliveryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateDeliveryInput;
};


export type MutationUpdateDocumentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateDocumentInput;
};


export type MutationUpdateEpicArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateEpicInput;
};


export type MutationUpdateExperimentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateExperimentInput;
};


export type MutationUpdateFeatureArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateFeatureInput;
};


export type MutationUpdateFeedbackArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateFeedbackInput;
};


export type MutationUpdateFeedbackFeatureLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateFeedbackFeatureLinkInput;
};


export type MutationUpdateFeedbackIdeaLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateFeedbackIdeaLinkInput;
};


export type MutationUpdateFinancialArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateFinancialInput;
};


export type MutationUpdateIdeaArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateIdeaInput;
};


export type MutationUpdateIdeaFeatureLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateIdeaFeatureLinkInput;
};


export type MutationUpdateIntegrationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateIntegrationInput;
};


export type MutationUpdateKeyResultArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateKeyResultInput;
};


export type MutationUpdateKeyResultProgressArgs = {
  currentValue: Scalars['Float']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateKpiArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateKpiInput;
};


export type MutationUpdateKpiDataPointArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateKpiDataPointInput;
};


export type MutationUpdateLaunchChecklistItemArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateLaunchChecklistItemInput;
};


export type MutationUpdateLeadEventArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateLeadEventInput;
};


export type MutationUpdateLoyaltyProgramArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateLoyaltyProgramInput;
};


export type MutationUpdateOkrArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateOkrInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdatePipelineArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdatePipelineInput;
};


export type MutationUpdatePipelineStageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdatePipelineStageInput;
};


export type MutationUpdateProductArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateReleaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateReleaseInput;
};


export type MutationUpdateReleaseChangelogEntryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateReleaseChangelogEntryInput;
};


export type MutationUpdateReleaseFeatureArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateReleaseFeatureInput;
};


export type MutationUpdateRoadmapArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateRoadmapInput;
};


export type MutationUpdateTeamArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTeamInput;
};


export type MutationUpdateUserAliasArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateUserAliasInput;
};


export type MutationUpdateWebhookSubscriptionArgs = {
  input: UpdateWebhookSubscriptionInput;
};


export type MutationUpdateWorkItemArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateWorkItemInput;
};

/** How a card shows its next activity (Pipedrive colours: red, green, grey, yellow warning). */
export type NextActivityState =
  | 'FUTURE'
  | 'NONE'
  | 'OVERDUE'
  | 'TODAY';

/** Objectives; progress (0..1) is the mean of their key results' progress, kept by the server. */
export type Okr = {
  __typename?: 'Okr';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keyResults: KeyResultConnection;
  owner: Maybe<User>;
  ownerId: Scalars['ID']['output'];
  /** Mean progress of its key results, 0..1 (0 without any); updated with them in the same transaction. */
  progress: Scalars['Float']['output'];
  /** The quarter, e.g. 2026-Q4. */
  quarter: Scalars['String']['output'];
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  status: OkrStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: OkrPermissions;
};


/** Objectives; progress (0..1) is the mean of their key results' progress, kept by the server. */
export type OkrKeyResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KeyResultOrderBy>>;
  where?: InputMaybe<KeyResultWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type OkrAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<OkrNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of okrs. */
export type OkrAggregateRow = {
  __typename?: 'OkrAggregateRow';
  avg: OkrNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: OkrNumbers;
  min: OkrNumbers;
  sum: OkrNumbers;
};

/** A page of okrs. */
export type OkrConnection = {
  __typename?: 'OkrConnection';
  edges: Array<OkrEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Okr>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type OkrDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type OkrDateGrouping = {
  field: OkrDateField;
  unit: DateUnit;
};

export type OkrEdge = {
  __typename?: 'OkrEdge';
  cursor: Scalars['String']['output'];
  node: Okr;
};

export type OkrGroupKey =
  | 'OWNER_ID'
  | 'OWNER__EMAIL'
  | 'OWNER__NAME'
  | 'QUARTER'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TITLE';

/** Conditions on a to-many list of okrs (in the trash excluded); several combine with AND. */
export type OkrListRelationFilter = {
  /** All of the okrs match; true when there are none. */
  every?: InputMaybe<OkrWhere>;
  /** None of the okrs matches; true when there are none. */
  none?: InputMaybe<OkrWhere>;
  /** At least one of the okrs matches. */
  some?: InputMaybe<OkrWhere>;
};

export type OkrNumbers = {
  __typename?: 'OkrNumbers';
  progress: Maybe<Scalars['Float']['output']>;
};

export type OkrNumericField =
  | 'PROGRESS';

export type OkrOrderBy = {
  direction?: SortDirection;
  field: OkrOrderField;
};

export type OkrOrderField =
  | 'CREATED_AT'
  | 'PROGRESS'
  | 'QUARTER'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this Okr. */
export type OkrPermissions = {
  __typename?: 'OkrPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Okr (update). */
  update: Scalars['Boolean']['output'];
};

export type OkrStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT';

/** Conditions on a OkrStatus field. */
export type OkrStatusFilter = {
  eq?: InputMaybe<OkrStatus>;
  in?: InputMaybe<Array<OkrStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<OkrStatus>;
  notIn?: InputMaybe<Array<OkrStatus>>;
};

/** Conditions on okrs; fields combine with AND. */
export type OkrWhere = {
  AND?: InputMaybe<Array<OkrWhere>>;
  NOT?: InputMaybe<OkrWhere>;
  OR?: InputMaybe<Array<OkrWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only okrs with some, every or none of their keyResults matching. */
  keyResults?: InputMaybe<KeyResultListRelationFilter>;
  /** Only okrs whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
  progress?: InputMaybe<FloatFilter>;
  quarter?: InputMaybe<StringFilter>;
  /** Only okrs whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  status?: InputMaybe<OkrStatusFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Orders; totals are derived from their items, payments are recorded against them. */
export type Order = {
  __typename?: 'Order';
  /** Completed payments less refunds. */
  amountPaid: Scalars['Decimal']['output'];
  /** total − paid: what recordPayment still accepts (0 when paid or cancelled). */
  balanceDue: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<User>;
  /** Who placed it. */
  createdById: Maybe<Scalars['ID']['output']>;
  /** ISO 4217 code of every amount of the order. */
  currency: Scalars['String']['output'];
  customer: Maybe<Contact>;
  customerId: Maybe<Scalars['ID']['output']>;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its delivery (at most one). */
  deliveries: DeliveryConnection;
  discountAmount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  items: OrderItemConnection;
  /** The statuses changeOrderStatus accepts from the current one (empty once delivered or cancelled). */
  nextStatuses: Array<OrderStatus>;
  notes: Maybe<Scalars['String']['output']>;
  /** Number in your organization’s order sequence (1, 2, 3… without gaps). */
  orderNumber: Scalars['Int']['output'];
  /** When payments first covered the total. */
  paidAt: Maybe<Scalars['DateTimeISO']['output']>;
  payments: PaymentConnection;
  status: OrderStatus;
  /** Σ quantity × unit price of the items. */
  subtotalAmount: Scalars['Decimal']['output'];
  taxAmount: Scalars['Decimal']['output'];
  /** subtotal − discount + tax; never set by a client. */
  totalAmount: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: OrderPermissions;
};


/** Orders; totals are derived from their items, payments are recorded against them. */
export type OrderDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DeliveryOrderBy>>;
  where?: InputMaybe<DeliveryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Orders; totals are derived from their items, payments are recorded against them. */
export type OrderItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderItemOrderBy>>;
  where?: InputMaybe<OrderItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Orders; totals are derived from their items, payments are recorded against them. */
export type OrderPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PaymentOrderBy>>;
  where?: InputMaybe<PaymentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type OrderAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<OrderNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of orders. */
export type OrderAggregateRow = {
  __typename?: 'OrderAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: OrderNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: OrderNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: OrderNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: OrderNumbers;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Order>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrderDateField =
  | 'CREATED_AT'
  | 'PAID_AT'
  | 'UPDATED_AT';

export type OrderDateGrouping = {
  field: OrderDateField;
  unit: DateUnit;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** Something happened to an order or one of its payments; `order` is its state now as you may see it. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  /** PLACE, CHANGE_STATUS, RECORD_PAYMENT, PAID, REFUND_PAYMENT; RESYNC when events may have been missed: reload. */
  action: Scalars['String']['output'];
  actorUserId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTimeISO']['output'];
  order: Maybe<Order>;
  /** Null on RESYNC. */
  orderId: Maybe<Scalars['ID']['output']>;
};

export type OrderGroupKey =
  | 'CREATED_BY_ID'
  | 'CREATED_BY__EMAIL'
  | 'CREATED_BY__NAME'
  | 'CURRENCY'
  | 'CUSTOMER_ID'
  | 'CUSTOMER__EMAIL'
  | 'CUSTOMER__FIRST_NAME'
  | 'CUSTOMER__IS_PRIMARY'
  | 'CUSTOMER__JOB_TITLE'
  | 'CUSTOMER__LAST_NAME'
  | 'STATUS';

/** Items of orders; each keeps the unit price of its product at ordering time. */
export type OrderItem = {
  __typename?: 'OrderItem';
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** quantity × unit price. */
  lineTotal: Scalars['Decimal']['output'];
  order: Maybe<Order>;
  orderId: Scalars['ID']['output'];
  product: Maybe<Product>;
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** The product’s price when ordered. */
  unitPrice: Scalars['Decimal']['output'];
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type OrderItemAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<OrderItemNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of orderItems. */
export type OrderItemAggregateRow = {
  __typename?: 'OrderItemAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: OrderItemNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: OrderItemNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: OrderItemNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: OrderItemNumbers;
};

/** A page of orderItems. */
export type OrderItemConnection = {
  __typename?: 'OrderItemConnection';
  edges: Array<OrderItemEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<OrderItem>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrderItemDateField =
  | 'CREATED_AT';

export type OrderItemDateGrouping = {
  field: OrderItemDateField;
  unit: DateUnit;
};

export type OrderItemEdge = {
  __typename?: 'OrderItemEdge';
  cursor: Scalars['String']['output'];
  node: OrderItem;
};

export type OrderItemGroupKey =
  | 'ORDER_ID'
  | 'ORDER__CURRENCY'
  | 'ORDER__STATUS'
  | 'PRODUCT_ID'
  | 'PRODUCT__CATEGORY'
  | 'PRODUCT__CURRENCY'
  | 'PRODUCT__IS_ACTIVE'
  | 'PRODUCT__NAME'
  | 'PRODUCT__SKU';

export type OrderItemInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** Conditions on a to-many list of orderItems (in the trash excluded); several combine with AND. */
export type OrderItemListRelationFilter = {
  /** All of the orderItems match; true when there are none. */
  every?: InputMaybe<OrderItemWhere>;
  /** None of the orderItems matches; true when there are none. */
  none?: InputMaybe<OrderItemWhere>;
  /** At least one of the orderItems matches. */
  some?: InputMaybe<OrderItemWhere>;
};

export type OrderItemNumbers = {
  __typename?: 'OrderItemNumbers';
  lineTotal: Maybe<Scalars['Decimal']['output']>;
  quantity: Maybe<Scalars['Float']['output']>;
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};

export type OrderItemNumericField =
  | 'LINE_TOTAL'
  | 'QUANTITY'
  | 'UNIT_PRICE';

export type OrderItemOrderBy = {
  direction?: SortDirection;
  field: OrderItemOrderField;
};

export type OrderItemOrderField =
  | 'CREATED_AT'
  | 'LINE_TOTAL';

/** Conditions on orderItems; fields combine with AND. */
export type OrderItemWhere = {
  AND?: InputMaybe<Array<OrderItemWhere>>;
  NOT?: InputMaybe<OrderItemWhere>;
  OR?: InputMaybe<Array<OrderItemWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  lineTotal?: InputMaybe<DecimalFilter>;
  /** Only orderItems whose order matches. */
  order?: InputMaybe<OrderWhere>;
  orderId?: InputMaybe<IdFilter>;
  /** Only orderItems whose product matches. */
  product?: InputMaybe<ProductWhere>;
  productId?: InputMaybe<IdFilter>;
};

/** Conditions on a to-many list of orders (in the trash excluded); several combine with AND. */
export type OrderListRelationFilter = {
  /** All of the orders match; true when there are none. */
  every?: InputMaybe<OrderWhere>;
  /** None of the orders matches; true when there are none. */
  none?: InputMaybe<OrderWhere>;
  /** At least one of the orders matches. */
  some?: InputMaybe<OrderWhere>;
};

export type OrderNumbers = {
  __typename?: 'OrderNumbers';
  amountPaid: Maybe<Scalars['Decimal']['output']>;
  discountAmount: Maybe<Scalars['Decimal']['output']>;
  orderNumber: Maybe<Scalars['Float']['output']>;
  subtotalAmount: Maybe<Scalars['Decimal']['output']>;
  taxAmount: Maybe<Scalars['Decimal']['output']>;
  totalAmount: Maybe<Scalars['Decimal']['output']>;
};

export type OrderNumericField =
  | 'AMOUNT_PAID'
  | 'DISCOUNT_AMOUNT'
  | 'ORDER_NUMBER'
  | 'SUBTOTAL_AMOUNT'
  | 'TAX_AMOUNT'
  | 'TOTAL_AMOUNT';

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

/** What you may do with this Order. */
export type OrderPermissions = {
  __typename?: 'OrderPermissions';
  /** Run changeOrderStatus on it. */
  changeOrderStatus: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run placeOrder on it. */
  placeOrder: Scalars['Boolean']['output'];
  /** Run recordPayment on it. */
  recordPayment: Scalars['Boolean']['output'];
  /** Run refundPayment on it. */
  refundPayment: Scalars['Boolean']['output'];
  /** Change this Order (update is not offered). */
  update: Scalars['Boolean']['output'];
};

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
  eq?: InputMaybe<OrderStatus>;
  in?: InputMaybe<Array<OrderStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<OrderStatus>;
  notIn?: InputMaybe<Array<OrderStatus>>;
};

/** Conditions on orders; fields combine with AND. */
export type OrderWhere = {
  AND?: InputMaybe<Array<OrderWhere>>;
  NOT?: InputMaybe<OrderWhere>;
  OR?: InputMaybe<Array<OrderWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only orders whose createdBy matches. */
  createdBy?: InputMaybe<UserWhere>;
  createdById?: InputMaybe<IdFilter>;
  currency?: InputMaybe<StringFilter>;
  /** Only orders whose customer matches. */
  customer?: InputMaybe<ContactWhere>;
  customerId?: InputMaybe<IdFilter>;
  /** Only orders with some, every or none of their deliveries matching. */
  deliveries?: InputMaybe<DeliveryListRelationFilter>;
  /** Only orders with some, every or none of their items matching. */
  items?: InputMaybe<OrderItemListRelationFilter>;
  orderNumber?: InputMaybe<IntFilter>;
  paidAt?: InputMaybe<DateTimeFilter>;
  /** Only orders with some, every or none of their payments matching. */
  payments?: InputMaybe<PaymentListRelationFilter>;
  status?: InputMaybe<OrderStatusFilter>;
  totalAmount?: InputMaybe<DecimalFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Organization = {
  __typename?: 'Organization';
  createdAt: Scalars['DateTimeISO']['output'];
  defaultCurrency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  industry: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  settings: Scalars['JSONObject']['output'];
  slug: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type OrganizationMembership = {
  __typename?: 'OrganizationMembership';
  organization: Organization;
  role: Role;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Payments of orders; recordPayment writes them, refundPayment gives money back. */
export type Payment = {
  __typename?: 'Payment';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The key the payment was recorded with: unique in your organization, so a retry never charges twice. */
  idempotencyKey: Scalars['String']['output'];
  order: Maybe<Order>;
  orderId: Scalars['ID']['output'];
  paymentMethod: PaymentMethod;
  /** What the processor answered (no card data). */
  processorResponse: Maybe<Scalars['JSONObject']['output']>;
  refundedAmount: Scalars['Decimal']['output'];
  status: PaymentStatus;
  /** The processor’s or bank’s reference. */
  transactionId: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type PaymentAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<PaymentNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of payments. */
export type PaymentAggregateRow = {
  __typename?: 'PaymentAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: PaymentNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: PaymentNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: PaymentNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: PaymentNumbers;
};

/** A page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type PaymentDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type PaymentDateGrouping = {
  field: PaymentDateField;
  unit: DateUnit;
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

export type PaymentGroupKey =
  | 'CURRENCY'
  | 'ORDER_ID'
  | 'ORDER__CURRENCY'
  | 'ORDER__STATUS'
  | 'PAYMENT_METHOD'
  | 'STATUS'
  | 'TRANSACTION_ID';

/** Conditions on a to-many list of payments (in the trash excluded); several combine with AND. */
export type PaymentListRelationFilter = {
  /** All of the payments match; true when there are none. */
  every?: InputMaybe<PaymentWhere>;
  /** None of the payments matches; true when there are none. */
  none?: InputMaybe<PaymentWhere>;
  /** At least one of the payments matches. */
  some?: InputMaybe<PaymentWhere>;
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CHECK'
  | 'DIGITAL_WALLET';

/** Conditions on a PaymentMethod field. */
export type PaymentMethodFilter = {
  eq?: InputMaybe<PaymentMethod>;
  in?: InputMaybe<Array<PaymentMethod>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<PaymentMethod>;
  notIn?: InputMaybe<Array<PaymentMethod>>;
};

export type PaymentNumbers = {
  __typename?: 'PaymentNumbers';
  amount: Maybe<Scalars['Decimal']['output']>;
  refundedAmount: Maybe<Scalars['Decimal']['output']>;
};

export type PaymentNumericField =
  | 'AMOUNT'
  | 'REFUNDED_AMOUNT';

export type PaymentOrderBy = {
  direction?: SortDirection;
  field: PaymentOrderField;
};

export type PaymentOrderField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** COMPLETED counts toward the order; REFUNDED once all of it was given back. */
export type PaymentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'REFUNDED';

/** Conditions on a PaymentStatus field. */
export type PaymentStatusFilter = {
  eq?: InputMaybe<PaymentStatus>;
  in?: InputMaybe<Array<PaymentStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<PaymentStatus>;
  notIn?: InputMaybe<Array<PaymentStatus>>;
};

/** Conditions on payments; fields combine with AND. */
export type PaymentWhere = {
  AND?: InputMaybe<Array<PaymentWhere>>;
  NOT?: InputMaybe<PaymentWhere>;
  OR?: InputMaybe<Array<PaymentWhere>>;
  amount?: InputMaybe<DecimalFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  /** Only payments whose order matches. */
  order?: InputMaybe<OrderWhere>;
  orderId?: InputMaybe<IdFilter>;
  paymentMethod?: InputMaybe<PaymentMethodFilter>;
  status?: InputMaybe<PaymentStatusFilter>;
  transactionId?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  createdAt: Scalars['DateTimeISO']['output'];
  deals: DealConnection;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  stages: PipelineStageConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: PipelinePermissions;
};


export type PipelineDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
  where?: InputMaybe<DealWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PipelineStagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PipelineStageOrderBy>>;
  where?: InputMaybe<PipelineStageWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type PipelineAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<PipelineNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of pipelines. */
export type PipelineAggregateRow = {
  __typename?: 'PipelineAggregateRow';
  avg: PipelineNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: PipelineNumbers;
  min: PipelineNumbers;
  sum: PipelineNumbers;
};

/** A page of pipelines. */
export type PipelineConnection = {
  __typename?: 'PipelineConnection';
  edges: Array<PipelineEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Pipeline>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type PipelineDateField =
  | 'CREATED_AT';

export type PipelineDateGrouping = {
  field: PipelineDateField;
  unit: DateUnit;
};

export type PipelineEdge = {
  __typename?: 'PipelineEdge';
  cursor: Scalars['String']['output'];
  node: Pipeline;
};

export type PipelineGroupKey =
  | 'NAME';

export type PipelineNumbers = {
  __typename?: 'PipelineNumbers';
  position: Maybe<Scalars['Float']['output']>;
};

export type PipelineNumericField =
  | 'POSITION';

export type PipelineOrderBy = {
  direction?: SortDirection;
  field: PipelineOrderField;
};

export type PipelineOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'POSITION';

/** What you may do with this Pipeline. */
export type PipelinePermissions = {
  __typename?: 'PipelinePermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Pipeline (update). */
  update: Scalars['Boolean']['output'];
};

export type PipelineStage = {
  __typename?: 'PipelineStage';
  /** Hex colour, e.g. #3b82f6. */
  color: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  deals: DealConnection;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  pipeline: Maybe<Pipeline>;
  pipelineId: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Chance a deal in this stage is won, 0..1; drives the weighted forecast. */
  probability: Scalars['Float']['output'];
  /** Deals idle in this stage longer than this many days are flagged as rotting. */
  rottingDays: Maybe<Scalars['Int']['output']>;
  type: StageType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: PipelineStagePermissions;
};


export type PipelineStageDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
  where?: InputMaybe<DealWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type PipelineStageAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<PipelineStageNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of pipelineStages. */
export type PipelineStageAggregateRow = {
  __typename?: 'PipelineStageAggregateRow';
  avg: PipelineStageNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: PipelineStageNumbers;
  min: PipelineStageNumbers;
  sum: PipelineStageNumbers;
};

/** A page of pipelineStages. */
export type PipelineStageConnection = {
  __typename?: 'PipelineStageConnection';
  edges: Array<PipelineStageEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<PipelineStage>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type PipelineStageDateField =
  | 'CREATED_AT';

export type PipelineStageDateGrouping = {
  field: PipelineStageDateField;
  unit: DateUnit;
};

export type PipelineStageEdge = {
  __typename?: 'PipelineStageEdge';
  cursor: Scalars['String']['output'];
  node: PipelineStage;
};

export type PipelineStageGroupKey =
  | 'NAME'
  | 'PIPELINE_ID'
  | 'PIPELINE__NAME'
  | 'TYPE';

/** Conditions on a to-many list of pipelineStages (in the trash excluded); several combine with AND. */
export type PipelineStageListRelationFilter = {
  /** All of the pipelineStages match; true when there are none. */
  every?: InputMaybe<PipelineStageWhere>;
  /** None of the pipelineStages matches; true when there are none. */
  none?: InputMaybe<PipelineStageWhere>;
  /** At least one of the pipelineStages matches. */
  some?: InputMaybe<PipelineStageWhere>;
};

export type PipelineStageNumbers = {
  __typename?: 'PipelineStageNumbers';
  position: Maybe<Scalars['Float']['output']>;
  probability: Maybe<Scalars['Float']['output']>;
  rottingDays: Maybe<Scalars['Float']['output']>;
};

export type PipelineStageNumericField =
  | 'POSITION'
  | 'PROBABILITY'
  | 'ROTTING_DAYS';

export type PipelineStageOrderBy = {
  direction?: SortDirection;
  field: PipelineStageOrderField;
};

export type PipelineStageOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'POSITION';

/** What you may do with this PipelineStage. */
export type PipelineStagePermissions = {
  __typename?: 'PipelineStagePermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this PipelineStage (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on pipelineStages; fields combine with AND. */
export type PipelineStageWhere = {
  AND?: InputMaybe<Array<PipelineStageWhere>>;
  NOT?: InputMaybe<PipelineStageWhere>;
  OR?: InputMaybe<Array<PipelineStageWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only pipelineStages with some, every or none of their deals matching. */
  deals?: InputMaybe<DealListRelationFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only pipelineStages whose pipeline matches. */
  pipeline?: InputMaybe<PipelineWhere>;
  pipelineId?: InputMaybe<IdFilter>;
  type?: InputMaybe<StageTypeFilter>;
};

/** Conditions on pipelines; fields combine with AND. */
export type PipelineWhere = {
  AND?: InputMaybe<Array<PipelineWhere>>;
  NOT?: InputMaybe<PipelineWhere>;
  OR?: InputMaybe<Array<PipelineWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only pipelines with some, every or none of their deals matching. */
  deals?: InputMaybe<DealListRelationFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only pipelines with some, every or none of their stages matching. */
  stages?: InputMaybe<PipelineStageListRelationFilter>;
};

/** An order and its items; prices come from the catalog, totals are computed. */
export type PlaceOrderInput = {
  /** ISO 4217; defaults to the products’ currency, which every item must share. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The contact buying. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Taken off the subtotal; at most the subtotal. */
  discountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Retries with the same key return the first result instead of doing it again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  items: Array<OrderItemInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  taxAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** Conditions on a Priority field. */
export type PriorityFilter = {
  eq?: InputMaybe<Priority>;
  in?: InputMaybe<Array<Priority>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Priority>;
  notIn?: InputMaybe<Array<Priority>>;
};

/** Catalog products; stock changes only through inventory adjustments. */
export type Product = {
  __typename?: 'Product';
  category: Maybe<Scalars['String']['output']>;
  /** Purchase cost, for margins. */
  cost: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  /** Values of the organization’s custom fields, by key. */
  customFields: Scalars['JSONObject']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stock changes, oldest first. */
  inventoryAdjustments: InventoryAdjustmentConnection;
  isActive: Scalars['Boolean']['output'];
  lowStockThreshold: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  price: Scalars['Decimal']['output'];
  /** Stock keeping unit, unique in your organization. */
  sku: Maybe<Scalars['String']['output']>;
  /** Units in stock; changed by inventory adjustments only. */
  stockQuantity: Scalars['Int']['output'];
  supplier: Maybe<Company>;
  /** The company it is bought from. */
  supplierId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ProductPermissions;
};


/** Catalog products; stock changes only through inventory adjustments. */
export type ProductInventoryAdjustmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InventoryAdjustmentOrderBy>>;
  where?: InputMaybe<InventoryAdjustmentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ProductAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<ProductNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of products. */
export type ProductAggregateRow = {
  __typename?: 'ProductAggregateRow';
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  avg: ProductNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  max: ProductNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  min: ProductNumbers;
  /** Money is never added across currencies: selecting sum, avg, min or max of a money field (or using it in having) puts its currency in the group key. */
  sum: ProductNumbers;
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Product>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProductDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type ProductDateGrouping = {
  field: ProductDateField;
  unit: DateUnit;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductGroupKey =
  | 'CATEGORY'
  | 'CURRENCY'
  | 'IS_ACTIVE'
  | 'NAME'
  | 'SKU'
  | 'SUPPLIER_ID'
  | 'SUPPLIER__COUNTRY'
  | 'SUPPLIER__INDUSTRY'
  | 'SUPPLIER__NAME'
  | 'SUPPLIER__SIZE'
  | 'SUPPLIER__STATUS';

/** Conditions on a to-many list of products (in the trash excluded); several combine with AND. */
export type ProductListRelationFilter = {
  /** All of the products match; true when there are none. */
  every?: InputMaybe<ProductWhere>;
  /** None of the products matches; true when there are none. */
  none?: InputMaybe<ProductWhere>;
  /** At least one of the products matches. */
  some?: InputMaybe<ProductWhere>;
};

export type ProductNumbers = {
  __typename?: 'ProductNumbers';
  cost: Maybe<Scalars['Decimal']['output']>;
  lowStockThreshold: Maybe<Scalars['Float']['output']>;
  price: Maybe<Scalars['Decimal']['output']>;
  stockQuantity: Maybe<Scalars['Float']['output']>;
};

export type ProductNumericField =
  | 'COST'
  | 'LOW_STOCK_THRESHOLD'
  | 'PRICE'
  | 'STOCK_QUANTITY';

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

/** What you may do with this Product. */
export type ProductPermissions = {
  __typename?: 'ProductPermissions';
  /** Run adjustStock on it. */
  adjustStock: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Product (update). */
  update: Scalars['Boolean']['output'];
};

/** What one product sold, per currency, on orders not cancelled. */
export type ProductRevenue = {
  __typename?: 'ProductRevenue';
  currency: Scalars['String']['output'];
  orderCount: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** Σ line totals (before order discounts and tax). */
  revenue: Scalars['Decimal']['output'];
};

/** Conditions on products; fields combine with AND. */
export type ProductWhere = {
  AND?: InputMaybe<Array<ProductWhere>>;
  NOT?: InputMaybe<ProductWhere>;
  OR?: InputMaybe<Array<ProductWhere>>;
  category?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  customFields?: InputMaybe<Array<CustomFieldCondition>>;
  /** Only products with some, every or none of their inventoryAdjustments matching. */
  inventoryAdjustments?: InputMaybe<InventoryAdjustmentListRelationFilter>;
  isActive?: InputMaybe<BooleanFilter>;
  /** true: only products at or below their low-stock threshold; false: only those above it. */
  lowStock?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<StringFilter>;
  price?: InputMaybe<DecimalFilter>;
  sku?: InputMaybe<StringFilter>;
  stockQuantity?: InputMaybe<IntFilter>;
  /** Only products whose supplier matches. */
  supplier?: InputMaybe<CompanyWhere>;
  supplierId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Query = {
  __typename?: 'Query';
  activities: ActivityConnection;
  /** Groups of activities with count, sum, avg, min and max; same tenant and role rules as activities. */
  activitiesAggregate: Array<ActivityAggregateRow>;
  /** One Activity by id, or null if there is none in your organization. */
  activity: Maybe<Activity>;
  /** Activities by type and owner, created in the date range. */
  activityCounts: Array<ActivityCount>;
  /** One ApiKey by id, or null if there is none in your organization. */
  apiKey: Maybe<ApiKey>;
  apiKeys: ApiKeyConnection;
  /** Groups of apiKeys with count, sum, avg, min and max; same tenant and role rules as apiKeys. */
  apiKeysAggregate: Array<ApiKeyAggregateRow>;
  /** One AuditLog by id, or null if there is none in your organization. */
  auditLog: Maybe<AuditLog>;
  /** Every change, newest first (ADMIN and above). */
  auditLogs: AuditLogConnection;
  /** Groups of auditLogs with count, sum, avg, min and max; same tenant and role rules as auditLogs. */
  auditLogsAggregate: Array<AuditLogAggregateRow>;
  /** The board of a pipeline; where filters the deals (owner, team, search, value, close date…). */
  board: Board;
  /** Companies (accounts); deleting one keeps its deals and contacts. */
  companies: CompanyConnection;
  /** Groups of companies with count, sum, avg, min and max; same tenant and role rules as companies. */
  companiesAggregate: Array<CompanyAggregateRow>;
  /** One Company by id, or null if there is none in your organization. */
  company: Maybe<Company>;
  /** One Contact by id, or null if there is none in your organization. */
  contact: Maybe<Contact>;
  contacts: ContactConnection;
  /** Groups of contacts with count, sum, avg, min and max; same tenant and role rules as contacts. */
  contactsAggregate: Array<ContactAggregateRow>;
  /** One CustomFieldDefinition by id, or null if there is none in your organization. */
  customFieldDefinition: Maybe<CustomFieldDefinition>;
  customFieldDefinitions: CustomFieldDefinitionConnection;
  /** Groups of customFieldDefinitions with count, sum, avg, min and max; same tenant and role rules as customFieldDefinitions. */
  customFieldDefinitionsAggregate: Array<CustomFieldDefinitionAggregateRow>;
  /** One CustomMetric by id, or null if there is none in your organization. */
  customMetric: Maybe<CustomMetric>;
  customMetrics: CustomMetricConnection;
  /** Groups of customMetrics with count, sum, avg, min and max; same tenant and role rules as customMetrics. */
  customMetricsAggregate: Array<CustomMetricAggregateRow>;
  /** One CustomerReferral by id, or null if there is none in your organization. */
  customerReferral: Maybe<CustomerReferral>;
  customerReferrals: CustomerReferralConnection;
  /** Groups of customerReferrals with count, sum, avg, min and max; same tenant and role rules as customerReferrals. */
  customerReferralsAggregate: Array<CustomerReferralAggregateRow>;
  /** One Deal by id, or null if there is none in your organization. */
  deal: Maybe<Deal>;
  /** One DealLineItem by id, or null if there is none in your organization. */
  dealLineItem: Maybe<DealLineItem>;
  dealLineItems: DealLineItemConnection;
  /** Groups of dealLineItems with count, sum, avg, min and max; same tenant and role rules as dealLineItems. */
  dealLineItemsAggregate: Array<DealLineItemAggregateRow>;
  /** One DealStageChange by id, or null if there is none in your organization. */
  dealStageChange: Maybe<DealStageChange>;
  dealStageChanges: DealStageChangeConnection;
  /** Groups of dealStageChanges with count, sum, avg, min and max; same tenant and role rules as dealStageChanges. */
  dealStageChangesAggregate: Array<DealStageChangeAggregateRow>;
  deals: DealConnection;
  /** Groups of deals with count, sum, avg, min and max; same tenant and role rules as deals. */
  dealsAggregate: Array<DealAggregateRow>;
  deliveries: DeliveryConnection;
  /** Groups of deliveries with count, sum, avg, min and max; same tenant and role rules as deliveries. */
  deliveriesAggregate: Array<DeliveryAggregateRow>;
  /** One Delivery by id, or null if there is none in your organization. */
  delivery: Maybe<Delivery>;
  /** One Document by id, or null if there is none in your organization. */
  document: Maybe<Document>;
  /** One DocumentVersion by id, or null if there is none in your organization. */
  documentVersion: Maybe<DocumentVersion>;
  documentVersions: DocumentVersionConnection;
  /** Groups of documentVersions with count, sum, avg, min and max; same tenant and role rules as documentVersions. */
  documentVersionsAggregate: Array<DocumentVersionAggregateRow>;
  documents: DocumentConnection;
  /** Groups of documents with count, sum, avg, min and max; same tenant and role rules as documents. */
  documentsAggregate: Array<DocumentAggregateRow>;
  /** One EmailEvent by id, or null if there is none in your organization. */
  emailEvent: Maybe<EmailEvent>;
  emailEvents: EmailEventConnection;
  /** Groups of emailEvents with count, sum, avg, min and max; same tenant and role rules as emailEvents. */
  emailEventsAggregate: Array<EmailEventAggregateRow>;
  /** One Epic by id, or null if there is none in your organization. */
  epic: Maybe<Epic>;
  epics: EpicConnection;
  /** Groups of epics with count, sum, avg, min and max; same tenant and role rules as epics. */
  epicsAggregate: Array<EpicAggregateRow>;
  /** One Experiment by id, or null if there is none in your organization. */
  experiment: Maybe<Experiment>;
  experiments: ExperimentConnection;
  /** Groups of experiments with count, sum, avg, min and max; same tenant and role rules as experiments. */
  experimentsAggregate: Array<ExperimentAggregateRow>;
  /** One Feature by id, or null if there is none in your organization. */
  feature: Maybe<Feature>;
  features: FeatureConnection;
  /** Groups of features with count, sum, avg, min and max; same tenant and role rules as features. */
  featuresAggregate: Array<FeatureAggregateRow>;
  /** One Feedback by id, or null if there is none in your organization. */
  feedback: Maybe<Feedback>;
  /** One FeedbackFeatureLink by id, or null if there is none in your organization. */
  feedbackFeatureLink: Maybe<FeedbackFeatureLink>;
  feedbackFeatureLinks: FeedbackFeatureLinkConnection;
  /** Groups of feedbackFeatureLinks with count, sum, avg, min and max; same tenant and role rules as feedbackFeatureLinks. */
  feedbackFeatureLinksAggregate: Array<FeedbackFeatureLinkAggregateRow>;
  /** One FeedbackIdeaLink by id, or null if there is none in your organization. */
  feedbackIdeaLink: Maybe<FeedbackIdeaLink>;
  feedbackIdeaLinks: FeedbackIdeaLinkConnection;
  /** Groups of feedbackIdeaLinks with count, sum, avg, min and max; same tenant and role rules as feedbackIdeaLinks. */
  feedbackIdeaLinksAggregate: Array<FeedbackIdeaLinkAggregateRow>;
  feedbackItems: FeedbackConnection;
  /** Groups of feedbackItems with count, sum, avg, min and max; same tenant and role rules as feedbackItems. */
  feedbackItemsAggregate: Array<FeedbackAggregateRow>;
  /** One Financial by id, or null if there is none in your organization. */
  financial: Maybe<Financial>;
  /** A company’s financials bucketed over [from, to] (inclusive), per currency, with year-over-year change. */
  financialSeries: Array<FinancialPoint>;
  financials: FinancialConnection;
  /** Groups of financials with count, sum, avg, min and max; same tenant and role rules as financials. */
  financialsAggregate: Array<FinancialAggregateRow>;
  /** Open deals by expected-close month, unweighted and weighted, per currency. */
  forecast: Array<ForecastMonth>;
  /** From stage history: how many deals reached each stage, conversion to the next, and time spent. */
  funnel: Array<FunnelStep>;
  /** One Idea by id, or null if there is none in your organization. */
  idea: Maybe<Idea>;
  /** One IdeaFeatureLink by id, or null if there is none in your organization. */
  ideaFeatureLink: Maybe<IdeaFeatureLink>;
  ideaFeatureLinks: IdeaFeatureLinkConnection;
  /** Groups of ideaFeatureLinks with count, sum, avg, min and max; same tenant and role rules as ideaFeatureLinks. */
  ideaFeatureLinksAggregate: Array<IdeaFeatureLinkAggregateRow>;
  ideas: IdeaConnection;
  /** Groups of ideas with count, sum, avg, min and max; same tenant and role rules as ideas. */
  ideasAggregate: Array<IdeaAggregateRow>;
  /** One Integration by id, or null if there is none in your organization. */
  integration: Maybe<Integration>;
  integrations: IntegrationConnection;
  /** Groups of integrations with count, sum, avg, min and max; same tenant and role rules as integrations. */
  integrationsAggregate: Array<IntegrationAggregateRow>;
  /** One InventoryAdjustment by id, or null if there is none in your organization. */
  inventoryAdjustment: Maybe<InventoryAdjustment>;
  inventoryAdjustments: InventoryAdjustmentConnection;
  /** Groups of inventoryAdjustments with count, sum, avg, min and max; same tenant and role rules as inventoryAdjustments. */
  inventoryAdjustmentsAggregate: Array<InventoryAdjustmentAggregateRow>;
  /** One Invitation by id, or null if there is none in your organization. */
  invitation: Maybe<Invitation>;
  invitations: InvitationConnection;
  /** Groups of invitations with count, sum, avg, min and max; same tenant and role rules as invitations. */
  invitationsAggregate: Array<InvitationAggregateRow>;
  /** One KeyResult by id, or null if there is none in your organization. */
  keyResult: Maybe<KeyResult>;
  keyResults: KeyResultConnection;
  /** Groups of keyResults with count, sum, avg, min and max; same tenant and role rules as keyResults. */
  keyResultsAggregate: Array<KeyResultAggregateRow>;
  /** One Kpi by id, or null if there is none in your organization. */
  kpi: Maybe<Kpi>;
  /** One KpiDataPoint by id, or null if there is none in your organization. */
  kpiDataPoint: Maybe<KpiDataPoint>;
  kpiDataPoints: KpiDataPointConnection;
  /** Groups of kpiDataPoints with count, sum, avg, min and max; same tenant and role rules as kpiDataPoints. */
  kpiDataPointsAggregate: Array<KpiDataPointAggregateRow>;
  kpis: KpiConnection;
  /** Groups of kpis with count, sum, avg, min and max; same tenant and role rules as kpis. */
  kpisAggregate: Array<KpiAggregateRow>;
  /** One LaunchChecklistItem by id, or null if there is none in your organization. */
  launchChecklistItem: Maybe<LaunchChecklistItem>;
  launchChecklistItems: LaunchChecklistItemConnection;
  /** Groups of launchChecklistItems with count, sum, avg, min and max; same tenant and role rules as launchChecklistItems. */
  launchChecklistItemsAggregate: Array<LaunchChecklistItemAggregateRow>;
  /** One LeadEvent by id, or null if there is none in your organization. */
  leadEvent: Maybe<LeadEvent>;
  leadEvents: LeadEventConnection;
  /** Groups of leadEvents with count, sum, avg, min and max; same tenant and role rules as leadEvents. */
  leadEventsAggregate: Array<LeadEventAggregateRow>;
  /** Active products at or below their low-stock threshold, emptiest first (also: products(where: { lowStock: true })). */
  lowStockProducts: Array<Product>;
  /** One LoyaltyAccount by id, or null if there is none in your organization. */
  loyaltyAccount: Maybe<LoyaltyAccount>;
  loyaltyAccounts: LoyaltyAccountConnection;
  /** Groups of loyaltyAccounts with count, sum, avg, min and max; same tenant and role rules as loyaltyAccounts. */
  loyaltyAccountsAggregate: Array<LoyaltyAccountAggregateRow>;
  /** One LoyaltyEvent by id, or null if there is none in your organization. */
  loyaltyEvent: Maybe<LoyaltyEvent>;
  loyaltyEvents: LoyaltyEventConnection;
  /** Groups of loyaltyEvents with count, sum, avg, min and max; same tenant and role rules as loyaltyEvents. */
  loyaltyEventsAggregate: Array<LoyaltyEventAggregateRow>;
  /** Loyalty liability: points outstanding per program, largest first. */
  loyaltyLiability: Array<LoyaltyLiability>;
  /** One LoyaltyProgram by id, or null if there is none in your organization. */
  loyaltyProgram: Maybe<LoyaltyProgram>;
  loyaltyPrograms: LoyaltyProgramConnection;
  /** Groups of loyaltyPrograms with count, sum, avg, min and max; same tenant and role rules as loyaltyPrograms. */
  loyaltyProgramsAggregate: Array<LoyaltyProgramAggregateRow>;
  me: Viewer;
  /** One Membership by id, or null if there is none in your organization. */
  membership: Maybe<Membership>;
  memberships: MembershipConnection;
  /** Groups of memberships with count, sum, avg, min and max; same tenant and role rules as memberships. */
  membershipsAggregate: Array<MembershipAggregateRow>;
  /** A company’s custom metric bucketed over [from, to] (inclusive UTC days), per unit, with year-over-year change. */
  metricSeries: Array<MetricPoint>;
  /** Open activities assigned to you, soonest first. */
  myOpenActivities: ActivityConnection;
  /** One Okr by id, or null if there is none in your organization. */
  okr: Maybe<Okr>;
  okrs: OkrConnection;
  /** Groups of okrs with count, sum, avg, min and max; same tenant and role rules as okrs. */
  okrsAggregate: Array<OkrAggregateRow>;
  /** One Order by id, or null if there is none in your organization. */
  order: Maybe<Order>;
  /** One OrderItem by id, or null if there is none in your organization. */
  orderItem: Maybe<OrderItem>;
  orderItems: OrderItemConnection;
  /** Groups of orderItems with count, sum, avg, min and max; same tenant and role rules as orderItems. */
  orderItemsAggregate: Array<OrderItemAggregateRow>;
  orders: OrderConnection;
  /** Groups of orders with count, sum, avg, min and max; same tenant and role rules as orders. */
  ordersAggregate: Array<OrderAggregateRow>;
  /** The organization of this request. */
  organization: Organization;
  /** Every company of the organization summed per bucket and currency, with year-over-year change. */
  organizationFinancials: Array<FinancialPoint>;
  /** Open activities past their due time, for everyone (managers) — filter further with where. */
  overdueActivities: ActivityConnection;
  /** One Payment by id, or null if there is none in your organization. */
  payment: Maybe<Payment>;
  payments: PaymentConnection;
  /** Groups of payments with count, sum, avg, min and max; same tenant and role rules as payments. */
  paymentsAggregate: Array<PaymentAggregateRow>;
  /** One Pipeline by id, or null if there is none in your organization. */
  pipeline: Maybe<Pipeline>;
  /** One PipelineStage by id, or null if there is none in your organization. */
  pipelineStage: Maybe<PipelineStage>;
  pipelineStages: PipelineStageConnection;
  /** Groups of pipelineStages with count, sum, avg, min and max; same tenant and role rules as pipelineStages. */
  pipelineStagesAggregate: Array<PipelineStageAggregateRow>;
  /** Open deals per stage of a pipeline and currency: count, value, weighted value. */
  pipelineSummary: Array<StageSummary>;
  pipelines: PipelineConnection;
  /** Groups of pipelines with count, sum, avg, min and max; same tenant and role rules as pipelines. */
  pipelinesAggregate: Array<PipelineAggregateRow>;
  /** One Product by id, or null if there is none in your organization. */
  product: Maybe<Product>;
  products: ProductConnection;
  /** Groups of products with count, sum, avg, min and max; same tenant and role rules as products. */
  productsAggregate: Array<ProductAggregateRow>;
  /** One Release by id, or null if there is none in your organization. */
  release: Maybe<Release>;
  releaseChangelogEntries: ReleaseChangelogEntryConnection;
  /** Groups of releaseChangelogEntries with count, sum, avg, min and max; same tenant and role rules as releaseChangelogEntries. */
  releaseChangelogEntriesAggregate: Array<ReleaseChangelogEntryAggregateRow>;
  /** One ReleaseChangelogEntry by id, or null if there is none in your organization. */
  releaseChangelogEntry: Maybe<ReleaseChangelogEntry>;
  /** One ReleaseFeature by id, or null if there is none in your organization. */
  releaseFeature: Maybe<ReleaseFeature>;
  releaseFeatures: ReleaseFeatureConnection;
  /** Groups of releaseFeatures with count, sum, avg, min and max; same tenant and role rules as releaseFeatures. */
  releaseFeaturesAggregate: Array<ReleaseFeatureAggregateRow>;
  releases: ReleaseConnection;
  /** Groups of releases with count, sum, avg, min and max; same tenant and role rules as releases. */
  releasesAggregate: Array<ReleaseAggregateRow>;
  /** Revenue by month of ordering and currency. */
  revenueByMonth: Array<RevenueMonth>;
  /** The products that sold most, by revenue per currency. */
  revenueByProduct: Array<ProductRevenue>;
  /** One Roadmap by id, or null if there is none in your organization. */
  roadmap: Maybe<Roadmap>;
  roadmaps: RoadmapConnection;
  /** Groups of roadmaps with count, sum, avg, min and max; same tenant and role rules as roadmaps. */
  roadmapsAggregate: Array<RoadmapAggregateRow>;
  /** Companies, contacts and deals matching every word (as prefixes), best first. */
  search: Array<SearchHit>;
  /** One Team by id, or null if there is none in your organization. */
  team: Maybe<Team>;
  teams: TeamConnection;
  /** Groups of teams with count, sum, avg, min and max; same tenant and role rules as teams. */
  teamsAggregate: Array<TeamAggregateRow>;
  /** The contacts who bought most, by revenue per currency. */
  topCustomers: Array<CustomerRevenue>;
  /** One User by id, or null if there is none in your organization. */
  user: Maybe<User>;
  /** One UserAlias by id, or null if there is none in your organization. */
  userAlias: Maybe<UserAlias>;
  userAliases: UserAliasConnection;
  /** Groups of userAliases with count, sum, avg, min and max; same tenant and role rules as userAliases. */
  userAliasesAggregate: Array<UserAliasAggregateRow>;
  /** Members of your organization. */
  users: UserConnection;
  /** Groups of users with count, sum, avg, min and max; same tenant and role rules as users. */
  usersAggregate: Array<UserAggregateRow>;
  webhookDeliveries: WebhookDeliveryConnection;
  /** Groups of webhookDeliveries with count, sum, avg, min and max; same tenant and role rules as webhookDeliveries. */
  webhookDeliveriesAggregate: Array<WebhookDeliveryAggregateRow>;
  /** One WebhookDelivery by id, or null if there is none in your organization. */
  webhookDelivery: Maybe<WebhookDelivery>;
  /** One WebhookSubscription by id, or null if there is none in your organization. */
  webhookSubscription: Maybe<WebhookSubscription>;
  webhookSubscriptions: WebhookSubscriptionConnection;
  /** Groups of webhookSubscriptions with count, sum, avg, min and max; same tenant and role rules as webhookSubscriptions. */
  webhookSubscriptionsAggregate: Array<WebhookSubscriptionAggregateRow>;
  /** Won and lost deals by closing month (by: MONTH) or by owner (by: OWNER). */
  wonLost: Array<WonLostRow>;
  /** One WorkItem by id, or null if there is none in your organization. */
  workItem: Maybe<WorkItem>;
  workItems: WorkItemConnection;
  /** Groups of workItems with count, sum, avg, min and max; same tenant and role rules as workItems. */
  workItemsAggregate: Array<WorkItemAggregateRow>;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
  where?: InputMaybe<ActivityWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryActivitiesAggregateArgs = {
  distinct?: InputMaybe<ActivityGroupKey>;
  groupBy?: InputMaybe<Array<ActivityGroupKey>>;
  groupByDate?: InputMaybe<ActivityDateGrouping>;
  having?: InputMaybe<Array<ActivityAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ActivityWhere>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActivityCountsArgs = {
  filter?: InputMaybe<ReportFilter>;
};


export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ApiKeyOrderBy>>;
  where?: InputMaybe<ApiKeyWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryApiKeysAggregateArgs = {
  distinct?: InputMaybe<ApiKeyGroupKey>;
  groupBy?: InputMaybe<Array<ApiKeyGroupKey>>;
  groupByDate?: InputMaybe<ApiKeyDateGrouping>;
  having?: InputMaybe<Array<ApiKeyAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ApiKeyWhere>;
};


export type QueryAuditLogArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuditLogOrderBy>>;
  where?: InputMaybe<AuditLogWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogsAggregateArgs = {
  distinct?: InputMaybe<AuditLogGroupKey>;
  groupBy?: InputMaybe<Array<AuditLogGroupKey>>;
  groupByDate?: InputMaybe<AuditLogDateGrouping>;
  having?: InputMaybe<Array<AuditLogAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<AuditLogWhere>;
};


export type QueryBoardArgs = {
  pipelineId: Scalars['ID']['input'];
  where?: InputMaybe<DealWhere>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CompanyOrderBy>>;
  where?: InputMaybe<CompanyWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCompaniesAggregateArgs = {
  distinct?: InputMaybe<CompanyGroupKey>;
  groupBy?: InputMaybe<Array<CompanyGroupKey>>;
  groupByDate?: InputMaybe<CompanyDateGrouping>;
  having?: InputMaybe<Array<CompanyAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CompanyWhere>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ContactOrderBy>>;
  where?: InputMaybe<ContactWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryContactsAggregateArgs = {
  distinct?: InputMaybe<ContactGroupKey>;
  groupBy?: InputMaybe<Array<ContactGroupKey>>;
  groupByDate?: InputMaybe<ContactDateGrouping>;
  having?: InputMaybe<Array<ContactAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ContactWhere>;
};


export type QueryCustomFieldDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomFieldDefinitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomFieldDefinitionOrderBy>>;
  where?: InputMaybe<CustomFieldDefinitionWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCustomFieldDefinitionsAggregateArgs = {
  distinct?: InputMaybe<CustomFieldDefinitionGroupKey>;
  groupBy?: InputMaybe<Array<CustomFieldDefinitionGroupKey>>;
  groupByDate?: InputMaybe<CustomFieldDefinitionDateGrouping>;
  having?: InputMaybe<Array<CustomFieldDefinitionAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CustomFieldDefinitionWhere>;
};


export type QueryCustomMetricArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomMetricsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomMetricOrderBy>>;
  where?: InputMaybe<CustomMetricWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCustomMetricsAggregateArgs = {
  distinct?: InputMaybe<CustomMetricGroupKey>;
  groupBy?: InputMaybe<Array<CustomMetricGroupKey>>;
  groupByDate?: InputMaybe<CustomMetricDateGrouping>;
  having?: InputMaybe<Array<CustomMetricAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CustomMetricWhere>;
};


export type QueryCustomerReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerReferralOrderBy>>;
  where?: InputMaybe<CustomerReferralWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCustomerReferralsAggregateArgs = {
  distinct?: InputMaybe<CustomerReferralGroupKey>;
  groupBy?: InputMaybe<Array<CustomerReferralGroupKey>>;
  groupByDate?: InputMaybe<CustomerReferralDateGrouping>;
  having?: InputMaybe<Array<CustomerReferralAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CustomerReferralWhere>;
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealLineItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealLineItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealLineItemOrderBy>>;
  where?: InputMaybe<DealLineItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDealLineItemsAggregateArgs = {
  distinct?: InputMaybe<DealLineItemGroupKey>;
  groupBy?: InputMaybe<Array<DealLineItemGroupKey>>;
  groupByDate?: InputMaybe<DealLineItemDateGrouping>;
  having?: InputMaybe<Array<DealLineItemAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DealLineItemWhere>;
};


export type QueryDealStageChangeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealStageChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealStageChangeOrderBy>>;
  where?: InputMaybe<DealStageChangeWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDealStageChangesAggregateArgs = {
  distinct?: InputMaybe<DealStageChangeGroupKey>;
  groupBy?: InputMaybe<Array<DealStageChangeGroupKey>>;
  groupByDate?: InputMaybe<DealStageChangeDateGrouping>;
  having?: InputMaybe<Array<DealStageChangeAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DealStageChangeWhere>;
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
  where?: InputMaybe<DealWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDealsAggregateArgs = {
  distinct?: InputMaybe<DealGroupKey>;
  groupBy?: InputMaybe<Array<DealGroupKey>>;
  groupByDate?: InputMaybe<DealDateGrouping>;
  having?: InputMaybe<Array<DealAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DealWhere>;
};


export type QueryDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DeliveryOrderBy>>;
  where?: InputMaybe<DeliveryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDeliveriesAggregateArgs = {
  distinct?: InputMaybe<DeliveryGroupKey>;
  groupBy?: InputMaybe<Array<DeliveryGroupKey>>;
  groupByDate?: InputMaybe<DeliveryDateGrouping>;
  having?: InputMaybe<Array<DeliveryAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DeliveryWhere>;
};


export type QueryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DocumentVersionOrderBy>>;
  where?: InputMaybe<DocumentVersionWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDocumentVersionsAggregateArgs = {
  distinct?: InputMaybe<DocumentVersionGroupKey>;
  groupBy?: InputMaybe<Array<DocumentVersionGroupKey>>;
  groupByDate?: InputMaybe<DocumentVersionDateGrouping>;
  having?: InputMaybe<Array<DocumentVersionAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DocumentVersionWhere>;
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DocumentOrderBy>>;
  where?: InputMaybe<DocumentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDocumentsAggregateArgs = {
  distinct?: InputMaybe<DocumentGroupKey>;
  groupBy?: InputMaybe<Array<DocumentGroupKey>>;
  groupByDate?: InputMaybe<DocumentDateGrouping>;
  having?: InputMaybe<Array<DocumentAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DocumentWhere>;
};


export type QueryEmailEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmailEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EmailEventOrderBy>>;
  where?: InputMaybe<EmailEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEmailEventsAggregateArgs = {
  distinct?: InputMaybe<EmailEventGroupKey>;
  groupBy?: InputMaybe<Array<EmailEventGroupKey>>;
  groupByDate?: InputMaybe<EmailEventDateGrouping>;
  having?: InputMaybe<Array<EmailEventAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<EmailEventWhere>;
};


export type QueryEpicArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEpicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EpicOrderBy>>;
  where?: InputMaybe<EpicWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEpicsAggregateArgs = {
  distinct?: InputMaybe<EpicGroupKey>;
  groupBy?: InputMaybe<Array<EpicGroupKey>>;
  groupByDate?: InputMaybe<EpicDateGrouping>;
  having?: InputMaybe<Array<EpicAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<EpicWhere>;
};


export type QueryExperimentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExperimentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ExperimentOrderBy>>;
  where?: InputMaybe<ExperimentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryExperimentsAggregateArgs = {
  distinct?: InputMaybe<ExperimentGroupKey>;
  groupBy?: InputMaybe<Array<ExperimentGroupKey>>;
  groupByDate?: InputMaybe<ExperimentDateGrouping>;
  having?: InputMaybe<Array<ExperimentAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ExperimentWhere>;
};


export type QueryFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeatureOrderBy>>;
  where?: InputMaybe<FeatureWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFeaturesAggregateArgs = {
  distinct?: InputMaybe<FeatureGroupKey>;
  groupBy?: InputMaybe<Array<FeatureGroupKey>>;
  groupByDate?: InputMaybe<FeatureDateGrouping>;
  having?: InputMaybe<Array<FeatureAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FeatureWhere>;
};


export type QueryFeedbackArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeedbackFeatureLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeedbackFeatureLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackFeatureLinkOrderBy>>;
  where?: InputMaybe<FeedbackFeatureLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFeedbackFeatureLinksAggregateArgs = {
  distinct?: InputMaybe<FeedbackFeatureLinkGroupKey>;
  groupBy?: InputMaybe<Array<FeedbackFeatureLinkGroupKey>>;
  groupByDate?: InputMaybe<FeedbackFeatureLinkDateGrouping>;
  having?: InputMaybe<Array<FeedbackFeatureLinkAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FeedbackFeatureLinkWhere>;
};


export type QueryFeedbackIdeaLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeedbackIdeaLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackIdeaLinkOrderBy>>;
  where?: InputMaybe<FeedbackIdeaLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFeedbackIdeaLinksAggregateArgs = {
  distinct?: InputMaybe<FeedbackIdeaLinkGroupKey>;
  groupBy?: InputMaybe<Array<FeedbackIdeaLinkGroupKey>>;
  groupByDate?: InputMaybe<FeedbackIdeaLinkDateGrouping>;
  having?: InputMaybe<Array<FeedbackIdeaLinkAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FeedbackIdeaLinkWhere>;
};


export type QueryFeedbackItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackOrderBy>>;
  where?: InputMaybe<FeedbackWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFeedbackItemsAggregateArgs = {
  distinct?: InputMaybe<FeedbackGroupKey>;
  groupBy?: InputMaybe<Array<FeedbackGroupKey>>;
  groupByDate?: InputMaybe<FeedbackDateGrouping>;
  having?: InputMaybe<Array<FeedbackAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FeedbackWhere>;
};


export type QueryFinancialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFinancialSeriesArgs = {
  bucket: SeriesBucket;
  companyId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryFinancialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FinancialOrderBy>>;
  where?: InputMaybe<FinancialWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFinancialsAggregateArgs = {
  distinct?: InputMaybe<FinancialGroupKey>;
  groupBy?: InputMaybe<Array<FinancialGroupKey>>;
  groupByDate?: InputMaybe<FinancialDateGrouping>;
  having?: InputMaybe<Array<FinancialAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<FinancialWhere>;
};


export type QueryForecastArgs = {
  filter?: InputMaybe<ReportFilter>;
};


export type QueryFunnelArgs = {
  filter?: InputMaybe<ReportFilter>;
  includeExternalEvents?: InputMaybe<Scalars['Boolean']['input']>;
  pipelineId: Scalars['ID']['input'];
};


export type QueryIdeaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdeaFeatureLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdeaFeatureLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IdeaFeatureLinkOrderBy>>;
  where?: InputMaybe<IdeaFeatureLinkWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryIdeaFeatureLinksAggregateArgs = {
  distinct?: InputMaybe<IdeaFeatureLinkGroupKey>;
  groupBy?: InputMaybe<Array<IdeaFeatureLinkGroupKey>>;
  groupByDate?: InputMaybe<IdeaFeatureLinkDateGrouping>;
  having?: InputMaybe<Array<IdeaFeatureLinkAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<IdeaFeatureLinkWhere>;
};


export type QueryIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IdeaOrderBy>>;
  where?: InputMaybe<IdeaWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryIdeasAggregateArgs = {
  distinct?: InputMaybe<IdeaGroupKey>;
  groupBy?: InputMaybe<Array<IdeaGroupKey>>;
  groupByDate?: InputMaybe<IdeaDateGrouping>;
  having?: InputMaybe<Array<IdeaAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<IdeaWhere>;
};


export type QueryIntegrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntegrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IntegrationOrderBy>>;
  where?: InputMaybe<IntegrationWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryIntegrationsAggregateArgs = {
  distinct?: InputMaybe<IntegrationGroupKey>;
  groupBy?: InputMaybe<Array<IntegrationGroupKey>>;
  groupByDate?: InputMaybe<IntegrationDateGrouping>;
  having?: InputMaybe<Array<IntegrationAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<IntegrationWhere>;
};


export type QueryInventoryAdjustmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInventoryAdjustmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InventoryAdjustmentOrderBy>>;
  where?: InputMaybe<InventoryAdjustmentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryInventoryAdjustmentsAggregateArgs = {
  distinct?: InputMaybe<InventoryAdjustmentGroupKey>;
  groupBy?: InputMaybe<Array<InventoryAdjustmentGroupKey>>;
  groupByDate?: InputMaybe<InventoryAdjustmentDateGrouping>;
  having?: InputMaybe<Array<InventoryAdjustmentAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<InventoryAdjustmentWhere>;
};


export type QueryInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InvitationOrderBy>>;
  where?: InputMaybe<InvitationWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryInvitationsAggregateArgs = {
  distinct?: InputMaybe<InvitationGroupKey>;
  groupBy?: InputMaybe<Array<InvitationGroupKey>>;
  groupByDate?: InputMaybe<InvitationDateGrouping>;
  having?: InputMaybe<Array<InvitationAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<InvitationWhere>;
};


export type QueryKeyResultArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKeyResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KeyResultOrderBy>>;
  where?: InputMaybe<KeyResultWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryKeyResultsAggregateArgs = {
  distinct?: InputMaybe<KeyResultGroupKey>;
  groupBy?: InputMaybe<Array<KeyResultGroupKey>>;
  groupByDate?: InputMaybe<KeyResultDateGrouping>;
  having?: InputMaybe<Array<KeyResultAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<KeyResultWhere>;
};


export type QueryKpiArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKpiDataPointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKpiDataPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KpiDataPointOrderBy>>;
  where?: InputMaybe<KpiDataPointWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryKpiDataPointsAggregateArgs = {
  distinct?: InputMaybe<KpiDataPointGroupKey>;
  groupBy?: InputMaybe<Array<KpiDataPointGroupKey>>;
  groupByDate?: InputMaybe<KpiDataPointDateGrouping>;
  having?: InputMaybe<Array<KpiDataPointAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<KpiDataPointWhere>;
};


export type QueryKpisArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KpiOrderBy>>;
  where?: InputMaybe<KpiWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryKpisAggregateArgs = {
  distinct?: InputMaybe<KpiGroupKey>;
  groupBy?: InputMaybe<Array<KpiGroupKey>>;
  groupByDate?: InputMaybe<KpiDateGrouping>;
  having?: InputMaybe<Array<KpiAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<KpiWhere>;
};


export type QueryLaunchChecklistItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLaunchChecklistItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LaunchChecklistItemOrderBy>>;
  where?: InputMaybe<LaunchChecklistItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLaunchChecklistItemsAggregateArgs = {
  distinct?: InputMaybe<LaunchChecklistItemGroupKey>;
  groupBy?: InputMaybe<Array<LaunchChecklistItemGroupKey>>;
  groupByDate?: InputMaybe<LaunchChecklistItemDateGrouping>;
  having?: InputMaybe<Array<LaunchChecklistItemAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<LaunchChecklistItemWhere>;
};


export type QueryLeadEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LeadEventOrderBy>>;
  where?: InputMaybe<LeadEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLeadEventsAggregateArgs = {
  distinct?: InputMaybe<LeadEventGroupKey>;
  groupBy?: InputMaybe<Array<LeadEventGroupKey>>;
  groupByDate?: InputMaybe<LeadEventDateGrouping>;
  having?: InputMaybe<Array<LeadEventAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<LeadEventWhere>;
};


export type QueryLowStockProductsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryLoyaltyAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoyaltyAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LoyaltyAccountOrderBy>>;
  where?: InputMaybe<LoyaltyAccountWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLoyaltyAccountsAggregateArgs = {
  distinct?: InputMaybe<LoyaltyAccountGroupKey>;
  groupBy?: InputMaybe<Array<LoyaltyAccountGroupKey>>;
  groupByDate?: InputMaybe<LoyaltyAccountDateGrouping>;
  having?: InputMaybe<Array<LoyaltyAccountAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<LoyaltyAccountWhere>;
};


export type QueryLoyaltyEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoyaltyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LoyaltyEventOrderBy>>;
  where?: InputMaybe<LoyaltyEventWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLoyaltyEventsAggregateArgs = {
  distinct?: InputMaybe<LoyaltyEventGroupKey>;
  groupBy?: InputMaybe<Array<LoyaltyEventGroupKey>>;
  groupByDate?: InputMaybe<LoyaltyEventDateGrouping>;
  having?: InputMaybe<Array<LoyaltyEventAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<LoyaltyEventWhere>;
};


export type QueryLoyaltyProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoyaltyProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LoyaltyProgramOrderBy>>;
  where?: InputMaybe<LoyaltyProgramWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLoyaltyProgramsAggregateArgs = {
  distinct?: InputMaybe<LoyaltyProgramGroupKey>;
  groupBy?: InputMaybe<Array<LoyaltyProgramGroupKey>>;
  groupByDate?: InputMaybe<LoyaltyProgramDateGrouping>;
  having?: InputMaybe<Array<LoyaltyProgramAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<LoyaltyProgramWhere>;
};


export type QueryMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MembershipOrderBy>>;
  where?: InputMaybe<MembershipWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMembershipsAggregateArgs = {
  distinct?: InputMaybe<MembershipGroupKey>;
  groupBy?: InputMaybe<Array<MembershipGroupKey>>;
  groupByDate?: InputMaybe<MembershipDateGrouping>;
  having?: InputMaybe<Array<MembershipAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<MembershipWhere>;
};


export type QueryMetricSeriesArgs = {
  bucket: SeriesBucket;
  companyId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  metricName: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


export type QueryMyOpenActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOkrArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOkrsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OkrOrderBy>>;
  where?: InputMaybe<OkrWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOkrsAggregateArgs = {
  distinct?: InputMaybe<OkrGroupKey>;
  groupBy?: InputMaybe<Array<OkrGroupKey>>;
  groupByDate?: InputMaybe<OkrDateGrouping>;
  having?: InputMaybe<Array<OkrAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<OkrWhere>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderItemOrderBy>>;
  where?: InputMaybe<OrderItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrderItemsAggregateArgs = {
  distinct?: InputMaybe<OrderItemGroupKey>;
  groupBy?: InputMaybe<Array<OrderItemGroupKey>>;
  groupByDate?: InputMaybe<OrderItemDateGrouping>;
  having?: InputMaybe<Array<OrderItemAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<OrderItemWhere>;
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
  where?: InputMaybe<OrderWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrdersAggregateArgs = {
  distinct?: InputMaybe<OrderGroupKey>;
  groupBy?: InputMaybe<Array<OrderGroupKey>>;
  groupByDate?: InputMaybe<OrderDateGrouping>;
  having?: InputMaybe<Array<OrderAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<OrderWhere>;
};


export type QueryOrganizationFinancialsArgs = {
  bucket: SeriesBucket;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryOverdueActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrderBy>>;
  where?: InputMaybe<ActivityWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PaymentOrderBy>>;
  where?: InputMaybe<PaymentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPaymentsAggregateArgs = {
  distinct?: InputMaybe<PaymentGroupKey>;
  groupBy?: InputMaybe<Array<PaymentGroupKey>>;
  groupByDate?: InputMaybe<PaymentDateGrouping>;
  having?: InputMaybe<Array<PaymentAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PaymentWhere>;
};


export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineStageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineStagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PipelineStageOrderBy>>;
  where?: InputMaybe<PipelineStageWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPipelineStagesAggregateArgs = {
  distinct?: InputMaybe<PipelineStageGroupKey>;
  groupBy?: InputMaybe<Array<PipelineStageGroupKey>>;
  groupByDate?: InputMaybe<PipelineStageDateGrouping>;
  having?: InputMaybe<Array<PipelineStageAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PipelineStageWhere>;
};


export type QueryPipelineSummaryArgs = {
  filter?: InputMaybe<ReportFilter>;
  pipelineId: Scalars['ID']['input'];
};


export type QueryPipelinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PipelineOrderBy>>;
  where?: InputMaybe<PipelineWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPipelinesAggregateArgs = {
  distinct?: InputMaybe<PipelineGroupKey>;
  groupBy?: InputMaybe<Array<PipelineGroupKey>>;
  groupByDate?: InputMaybe<PipelineDateGrouping>;
  having?: InputMaybe<Array<PipelineAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PipelineWhere>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProductOrderBy>>;
  where?: InputMaybe<ProductWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProductsAggregateArgs = {
  distinct?: InputMaybe<ProductGroupKey>;
  groupBy?: InputMaybe<Array<ProductGroupKey>>;
  groupByDate?: InputMaybe<ProductDateGrouping>;
  having?: InputMaybe<Array<ProductAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ProductWhere>;
};


export type QueryReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseChangelogEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseChangelogEntryOrderBy>>;
  where?: InputMaybe<ReleaseChangelogEntryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryReleaseChangelogEntriesAggregateArgs = {
  distinct?: InputMaybe<ReleaseChangelogEntryGroupKey>;
  groupBy?: InputMaybe<Array<ReleaseChangelogEntryGroupKey>>;
  groupByDate?: InputMaybe<ReleaseChangelogEntryDateGrouping>;
  having?: InputMaybe<Array<ReleaseChangelogEntryAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ReleaseChangelogEntryWhere>;
};


export type QueryReleaseChangelogEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseFeatureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseFeatureOrderBy>>;
  where?: InputMaybe<ReleaseFeatureWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryReleaseFeaturesAggregateArgs = {
  distinct?: InputMaybe<ReleaseFeatureGroupKey>;
  groupBy?: InputMaybe<Array<ReleaseFeatureGroupKey>>;
  groupByDate?: InputMaybe<ReleaseFeatureDateGrouping>;
  having?: InputMaybe<Array<ReleaseFeatureAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ReleaseFeatureWhere>;
};


export type QueryReleasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseOrderBy>>;
  where?: InputMaybe<ReleaseWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryReleasesAggregateArgs = {
  distinct?: InputMaybe<ReleaseGroupKey>;
  groupBy?: InputMaybe<Array<ReleaseGroupKey>>;
  groupByDate?: InputMaybe<ReleaseDateGrouping>;
  having?: InputMaybe<Array<ReleaseAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ReleaseWhere>;
};


export type QueryRevenueByMonthArgs = {
  filter?: InputMaybe<CommerceReportFilter>;
};


export type QueryRevenueByProductArgs = {
  filter?: InputMaybe<CommerceReportFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RoadmapOrderBy>>;
  where?: InputMaybe<RoadmapWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRoadmapsAggregateArgs = {
  distinct?: InputMaybe<RoadmapGroupKey>;
  groupBy?: InputMaybe<Array<RoadmapGroupKey>>;
  groupByDate?: InputMaybe<RoadmapDateGrouping>;
  having?: InputMaybe<Array<RoadmapAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<RoadmapWhere>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchResultType>>;
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TeamOrderBy>>;
  where?: InputMaybe<TeamWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTeamsAggregateArgs = {
  distinct?: InputMaybe<TeamGroupKey>;
  groupBy?: InputMaybe<Array<TeamGroupKey>>;
  groupByDate?: InputMaybe<TeamDateGrouping>;
  having?: InputMaybe<Array<TeamAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<TeamWhere>;
};


export type QueryTopCustomersArgs = {
  filter?: InputMaybe<CommerceReportFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserAliasArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UserAliasOrderBy>>;
  where?: InputMaybe<UserAliasWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryUserAliasesAggregateArgs = {
  distinct?: InputMaybe<UserAliasGroupKey>;
  groupBy?: InputMaybe<Array<UserAliasGroupKey>>;
  groupByDate?: InputMaybe<UserAliasDateGrouping>;
  having?: InputMaybe<Array<UserAliasAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<UserAliasWhere>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UserOrderBy>>;
  where?: InputMaybe<UserWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryUsersAggregateArgs = {
  distinct?: InputMaybe<UserGroupKey>;
  groupBy?: InputMaybe<Array<UserGroupKey>>;
  groupByDate?: InputMaybe<UserDateGrouping>;
  having?: InputMaybe<Array<UserAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<UserWhere>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookDeliveryOrderBy>>;
  where?: InputMaybe<WebhookDeliveryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWebhookDeliveriesAggregateArgs = {
  distinct?: InputMaybe<WebhookDeliveryGroupKey>;
  groupBy?: InputMaybe<Array<WebhookDeliveryGroupKey>>;
  groupByDate?: InputMaybe<WebhookDeliveryDateGrouping>;
  having?: InputMaybe<Array<WebhookDeliveryAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<WebhookDeliveryWhere>;
};


export type QueryWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookSubscriptionOrderBy>>;
  where?: InputMaybe<WebhookSubscriptionWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWebhookSubscriptionsAggregateArgs = {
  distinct?: InputMaybe<WebhookSubscriptionGroupKey>;
  groupBy?: InputMaybe<Array<WebhookSubscriptionGroupKey>>;
  groupByDate?: InputMaybe<WebhookSubscriptionDateGrouping>;
  having?: InputMaybe<Array<WebhookSubscriptionAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<WebhookSubscriptionWhere>;
};


export type QueryWonLostArgs = {
  by?: Scalars['String']['input'];
  filter?: InputMaybe<ReportFilter>;
};


export type QueryWorkItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WorkItemOrderBy>>;
  where?: InputMaybe<WorkItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWorkItemsAggregateArgs = {
  distinct?: InputMaybe<WorkItemGroupKey>;
  groupBy?: InputMaybe<Array<WorkItemGroupKey>>;
  groupByDate?: InputMaybe<WorkItemDateGrouping>;
  having?: InputMaybe<Array<WorkItemAggregateCondition>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<WorkItemWhere>;
};

/** Money received for an order. The key makes a retry safe: it returns the first result and charges nothing more. */
export type RecordPaymentInput = {
  /** At most what is still owed. */
  amount: Scalars['Decimal']['input'];
  /** Retries with the same key return the first result instead of doing it again. The same key with another amount is refused (CONFLICT). */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  paymentMethod: PaymentMethod;
  transactionId?: InputMaybe<Scalars['String']['input']>;
};

/** Points spent from an account; never more than its balance. */
export type RedeemPointsInput = {
  accountId: Scalars['ID']['input'];
  /** What they were spent on. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Retries with the same key return the first result instead of redeeming again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  points: Scalars['Int']['input'];
};

/** PENDING until converted (the referred customer bought) or past its validity (EXPIRED). */
export type ReferralStatus =
  | 'CONVERTED'
  | 'EXPIRED'
  | 'PENDING';

/** Conditions on a ReferralStatus field. */
export type ReferralStatusFilter = {
  eq?: InputMaybe<ReferralStatus>;
  in?: InputMaybe<Array<ReferralStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ReferralStatus>;
  notIn?: InputMaybe<Array<ReferralStatus>>;
};

export type RefundPaymentInput = {
  /** Default: all that is left of the payment. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Retries with the same key return the first result instead of doing it again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paymentId: Scalars['ID']['input'];
};

export type Release = {
  __typename?: 'Release';
  changelog: ReleaseChangelogEntryConnection;
  checklist: LaunchChecklistItemConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** The features this release includes. */
  featureLinks: ReleaseFeatureConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When it was launched (status RELEASED). */
  releaseDate: Maybe<Scalars['DateTimeISO']['output']>;
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  /** Changed by changeReleaseStatus; RELEASED only with a complete launch checklist. */
  status: ReleaseStatus;
  targetDate: Maybe<Scalars['Date']['output']>;
  type: ReleaseType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** Version number (seed 003 version), unique within the roadmap (the trash does not hold it). */
  versionNumber: Scalars['String']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ReleasePermissions;
};


export type ReleaseChangelogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseChangelogEntryOrderBy>>;
  where?: InputMaybe<ReleaseChangelogEntryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ReleaseChecklistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LaunchChecklistItemOrderBy>>;
  where?: InputMaybe<LaunchChecklistItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ReleaseFeatureLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseFeatureOrderBy>>;
  where?: InputMaybe<ReleaseFeatureWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ReleaseAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of releases. */
export type ReleaseAggregateRow = {
  __typename?: 'ReleaseAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

export type ReleaseChangelogEntry = {
  __typename?: 'ReleaseChangelogEntry';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  feature: Maybe<Feature>;
  featureId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: ChangelogKind;
  position: Scalars['Int']['output'];
  release: Maybe<Release>;
  releaseId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ReleaseChangelogEntryPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ReleaseChangelogEntryAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<ReleaseChangelogEntryNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of releaseChangelogEntries. */
export type ReleaseChangelogEntryAggregateRow = {
  __typename?: 'ReleaseChangelogEntryAggregateRow';
  avg: ReleaseChangelogEntryNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: ReleaseChangelogEntryNumbers;
  min: ReleaseChangelogEntryNumbers;
  sum: ReleaseChangelogEntryNumbers;
};

/** A page of releaseChangelogEntries. */
export type ReleaseChangelogEntryConnection = {
  __typename?: 'ReleaseChangelogEntryConnection';
  edges: Array<ReleaseChangelogEntryEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<ReleaseChangelogEntry>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReleaseChangelogEntryDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type ReleaseChangelogEntryDateGrouping = {
  field: ReleaseChangelogEntryDateField;
  unit: DateUnit;
};

export type ReleaseChangelogEntryEdge = {
  __typename?: 'ReleaseChangelogEntryEdge';
  cursor: Scalars['String']['output'];
  node: ReleaseChangelogEntry;
};

export type ReleaseChangelogEntryGroupKey =
  | 'FEATURE_ID'
  | 'FEATURE__PRIORITY'
  | 'FEATURE__STATUS'
  | 'FEATURE__TITLE'
  | 'KIND'
  | 'RELEASE_ID'
  | 'RELEASE__NAME'
  | 'RELEASE__STATUS'
  | 'RELEASE__TYPE'
  | 'RELEASE__VERSION_NUMBER'
  | 'TITLE';

/** Conditions on a to-many list of releaseChangelogEntries (in the trash excluded); several combine with AND. */
export type ReleaseChangelogEntryListRelationFilter = {
  /** All of the releaseChangelogEntries match; true when there are none. */
  every?: InputMaybe<ReleaseChangelogEntryWhere>;
  /** None of the releaseChangelogEntries matches; true when there are none. */
  none?: InputMaybe<ReleaseChangelogEntryWhere>;
  /** At least one of the releaseChangelogEntries matches. */
  some?: InputMaybe<ReleaseChangelogEntryWhere>;
};

export type ReleaseChangelogEntryNumbers = {
  __typename?: 'ReleaseChangelogEntryNumbers';
  position: Maybe<Scalars['Float']['output']>;
};

export type ReleaseChangelogEntryNumericField =
  | 'POSITION';

export type ReleaseChangelogEntryOrderBy = {
  direction?: SortDirection;
  field: ReleaseChangelogEntryOrderField;
};

export type ReleaseChangelogEntryOrderField =
  | 'CREATED_AT'
  | 'POSITION'
  | 'UPDATED_AT';

/** What you may do with this ReleaseChangelogEntry. */
export type ReleaseChangelogEntryPermissions = {
  __typename?: 'ReleaseChangelogEntryPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this ReleaseChangelogEntry (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on releaseChangelogEntries; fields combine with AND. */
export type ReleaseChangelogEntryWhere = {
  AND?: InputMaybe<Array<ReleaseChangelogEntryWhere>>;
  NOT?: InputMaybe<ReleaseChangelogEntryWhere>;
  OR?: InputMaybe<Array<ReleaseChangelogEntryWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only releaseChangelogEntries whose feature matches. */
  feature?: InputMaybe<FeatureWhere>;
  featureId?: InputMaybe<IdFilter>;
  kind?: InputMaybe<ChangelogKindFilter>;
  position?: InputMaybe<IntFilter>;
  /** Only releaseChangelogEntries whose release matches. */
  release?: InputMaybe<ReleaseWhere>;
  releaseId?: InputMaybe<IdFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A page of releases. */
export type ReleaseConnection = {
  __typename?: 'ReleaseConnection';
  edges: Array<ReleaseEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Release>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReleaseDateField =
  | 'CREATED_AT'
  | 'RELEASE_DATE'
  | 'TARGET_DATE'
  | 'UPDATED_AT';

export type ReleaseDateGrouping = {
  field: ReleaseDateField;
  unit: DateUnit;
};

export type ReleaseEdge = {
  __typename?: 'ReleaseEdge';
  cursor: Scalars['String']['output'];
  node: Release;
};

/** Links features to the releases that include them (many-to-many, both of one roadmap); moveFeatureToRelease moves a feature between releases. */
export type ReleaseFeature = {
  __typename?: 'ReleaseFeature';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  feature: Maybe<Feature>;
  featureId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Its line in the release notes (moveFeatureToRelease starts it from the feature's title). */
  note: Scalars['String']['output'];
  release: Maybe<Release>;
  releaseId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: ReleaseFeaturePermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type ReleaseFeatureAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of releaseFeatures. */
export type ReleaseFeatureAggregateRow = {
  __typename?: 'ReleaseFeatureAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of releaseFeatures. */
export type ReleaseFeatureConnection = {
  __typename?: 'ReleaseFeatureConnection';
  edges: Array<ReleaseFeatureEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<ReleaseFeature>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReleaseFeatureDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type ReleaseFeatureDateGrouping = {
  field: ReleaseFeatureDateField;
  unit: DateUnit;
};

export type ReleaseFeatureEdge = {
  __typename?: 'ReleaseFeatureEdge';
  cursor: Scalars['String']['output'];
  node: ReleaseFeature;
};

export type ReleaseFeatureGroupKey =
  | 'FEATURE_ID'
  | 'FEATURE__PRIORITY'
  | 'FEATURE__STATUS'
  | 'FEATURE__TITLE'
  | 'NOTE'
  | 'RELEASE_ID'
  | 'RELEASE__NAME'
  | 'RELEASE__STATUS'
  | 'RELEASE__TYPE'
  | 'RELEASE__VERSION_NUMBER';

/** Conditions on a to-many list of releaseFeatures (in the trash excluded); several combine with AND. */
export type ReleaseFeatureListRelationFilter = {
  /** All of the releaseFeatures match; true when there are none. */
  every?: InputMaybe<ReleaseFeatureWhere>;
  /** None of the releaseFeatures matches; true when there are none. */
  none?: InputMaybe<ReleaseFeatureWhere>;
  /** At least one of the releaseFeatures matches. */
  some?: InputMaybe<ReleaseFeatureWhere>;
};

export type ReleaseFeatureOrderBy = {
  direction?: SortDirection;
  field: ReleaseFeatureOrderField;
};

export type ReleaseFeatureOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** What you may do with this ReleaseFeature. */
export type ReleaseFeaturePermissions = {
  __typename?: 'ReleaseFeaturePermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this ReleaseFeature (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on releaseFeatures; fields combine with AND. */
export type ReleaseFeatureWhere = {
  AND?: InputMaybe<Array<ReleaseFeatureWhere>>;
  NOT?: InputMaybe<ReleaseFeatureWhere>;
  OR?: InputMaybe<Array<ReleaseFeatureWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only releaseFeatures whose feature matches. */
  feature?: InputMaybe<FeatureWhere>;
  featureId?: InputMaybe<IdFilter>;
  note?: InputMaybe<StringFilter>;
  /** Only releaseFeatures whose release matches. */
  release?: InputMaybe<ReleaseWhere>;
  releaseId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type ReleaseGroupKey =
  | 'NAME'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TYPE'
  | 'VERSION_NUMBER';

/** Conditions on a to-many list of releases (in the trash excluded); several combine with AND. */
export type ReleaseListRelationFilter = {
  /** All of the releases match; true when there are none. */
  every?: InputMaybe<ReleaseWhere>;
  /** None of the releases matches; true when there are none. */
  none?: InputMaybe<ReleaseWhere>;
  /** At least one of the releases matches. */
  some?: InputMaybe<ReleaseWhere>;
};

export type ReleaseOrderBy = {
  direction?: SortDirection;
  field: ReleaseOrderField;
};

export type ReleaseOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'RELEASE_DATE'
  | 'TARGET_DATE'
  | 'UPDATED_AT';

/** What you may do with this Release. */
export type ReleasePermissions = {
  __typename?: 'ReleasePermissions';
  /** Run changeReleaseStatus on it. */
  changeReleaseStatus: Scalars['Boolean']['output'];
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run launchRelease on it. */
  launchRelease: Scalars['Boolean']['output'];
  /** Change this Release (update). */
  update: Scalars['Boolean']['output'];
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
  eq?: InputMaybe<ReleaseStatus>;
  in?: InputMaybe<Array<ReleaseStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ReleaseStatus>;
  notIn?: InputMaybe<Array<ReleaseStatus>>;
};

export type ReleaseType =
  | 'HOTFIX'
  | 'MAJOR'
  | 'MINOR'
  | 'PATCH';

/** Conditions on a ReleaseType field. */
export type ReleaseTypeFilter = {
  eq?: InputMaybe<ReleaseType>;
  in?: InputMaybe<Array<ReleaseType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<ReleaseType>;
  notIn?: InputMaybe<Array<ReleaseType>>;
};

/** Conditions on releases; fields combine with AND. */
export type ReleaseWhere = {
  AND?: InputMaybe<Array<ReleaseWhere>>;
  NOT?: InputMaybe<ReleaseWhere>;
  OR?: InputMaybe<Array<ReleaseWhere>>;
  /** Only releases with some, every or none of their changelog matching. */
  changelog?: InputMaybe<ReleaseChangelogEntryListRelationFilter>;
  /** Only releases with some, every or none of their checklist matching. */
  checklist?: InputMaybe<LaunchChecklistItemListRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only releases with some, every or none of their featureLinks matching. */
  featureLinks?: InputMaybe<ReleaseFeatureListRelationFilter>;
  name?: InputMaybe<StringFilter>;
  releaseDate?: InputMaybe<DateTimeFilter>;
  /** Only releases whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  status?: InputMaybe<ReleaseStatusFilter>;
  targetDate?: InputMaybe<DateFilter>;
  type?: InputMaybe<ReleaseTypeFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  versionNumber?: InputMaybe<StringFilter>;
};

/** Narrows a report. Dates are inclusive; they apply to the date the report is about. */
export type ReportFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Orders of one month and currency; cancelled orders are left out. Amounts are never converted. */
export type RevenueMonth = {
  __typename?: 'RevenueMonth';
  currency: Scalars['String']['output'];
  /** YYYY-MM the orders were placed. */
  month: Scalars['String']['output'];
  orderCount: Scalars['Int']['output'];
  /** Σ paid on them (payments less refunds). */
  paid: Scalars['Decimal']['output'];
  /** Σ order totals. */
  revenue: Scalars['Decimal']['output'];
};

/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type Roadmap = {
  __typename?: 'Roadmap';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  documents: DocumentConnection;
  epics: EpicConnection;
  experiments: ExperimentConnection;
  features: FeatureConnection;
  feedback: FeedbackConnection;
  id: Scalars['ID']['output'];
  ideas: IdeaConnection;
  /** Short key (letters, digits, - and _), unique in your organization. */
  key: Scalars['String']['output'];
  kpis: KpiConnection;
  lifecycle: Lifecycle;
  /** Free-form product metrics. */
  metrics: Scalars['JSONObject']['output'];
  name: Scalars['String']['output'];
  okrs: OkrConnection;
  releases: ReleaseConnection;
  settings: Scalars['JSONObject']['output'];
  team: Maybe<Team>;
  /** The team that owns it. */
  teamId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: RoadmapPermissions;
  /** Where the product is headed. */
  vision: Maybe<Scalars['String']['output']>;
  workItems: WorkItemConnection;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DocumentOrderBy>>;
  where?: InputMaybe<DocumentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapEpicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EpicOrderBy>>;
  where?: InputMaybe<EpicWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapExperimentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ExperimentOrderBy>>;
  where?: InputMaybe<ExperimentWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapFeaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeatureOrderBy>>;
  where?: InputMaybe<FeatureWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<FeedbackOrderBy>>;
  where?: InputMaybe<FeedbackWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<IdeaOrderBy>>;
  where?: InputMaybe<IdeaWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapKpisArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<KpiOrderBy>>;
  where?: InputMaybe<KpiWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapOkrsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OkrOrderBy>>;
  where?: InputMaybe<OkrWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapReleasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReleaseOrderBy>>;
  where?: InputMaybe<ReleaseWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs. */
export type RoadmapWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WorkItemOrderBy>>;
  where?: InputMaybe<WorkItemWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type RoadmapAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of roadmaps. */
export type RoadmapAggregateRow = {
  __typename?: 'RoadmapAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of roadmaps. */
export type RoadmapConnection = {
  __typename?: 'RoadmapConnection';
  edges: Array<RoadmapEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Roadmap>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type RoadmapDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type RoadmapDateGrouping = {
  field: RoadmapDateField;
  unit: DateUnit;
};

export type RoadmapEdge = {
  __typename?: 'RoadmapEdge';
  cursor: Scalars['String']['output'];
  node: Roadmap;
};

export type RoadmapGroupKey =
  | 'KEY'
  | 'LIFECYCLE'
  | 'NAME'
  | 'TEAM_ID'
  | 'TEAM__NAME';

/** Conditions on a to-many list of roadmaps (in the trash excluded); several combine with AND. */
export type RoadmapListRelationFilter = {
  /** All of the roadmaps match; true when there are none. */
  every?: InputMaybe<RoadmapWhere>;
  /** None of the roadmaps matches; true when there are none. */
  none?: InputMaybe<RoadmapWhere>;
  /** At least one of the roadmaps matches. */
  some?: InputMaybe<RoadmapWhere>;
};

export type RoadmapOrderBy = {
  direction?: SortDirection;
  field: RoadmapOrderField;
};

export type RoadmapOrderField =
  | 'CREATED_AT'
  | 'KEY'
  | 'NAME'
  | 'UPDATED_AT';

/** What you may do with this Roadmap. */
export type RoadmapPermissions = {
  __typename?: 'RoadmapPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Roadmap (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on roadmaps; fields combine with AND. */
export type RoadmapWhere = {
  AND?: InputMaybe<Array<RoadmapWhere>>;
  NOT?: InputMaybe<RoadmapWhere>;
  OR?: InputMaybe<Array<RoadmapWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only roadmaps with some, every or none of their documents matching. */
  documents?: InputMaybe<DocumentListRelationFilter>;
  /** Only roadmaps with some, every or none of their epics matching. */
  epics?: InputMaybe<EpicListRelationFilter>;
  /** Only roadmaps with some, every or none of their experiments matching. */
  experiments?: InputMaybe<ExperimentListRelationFilter>;
  /** Only roadmaps with some, every or none of their features matching. */
  features?: InputMaybe<FeatureListRelationFilter>;
  /** Only roadmaps with some, every or none of their feedback matching. */
  feedback?: InputMaybe<FeedbackListRelationFilter>;
  /** Only roadmaps with some, every or none of their ideas matching. */
  ideas?: InputMaybe<IdeaListRelationFilter>;
  key?: InputMaybe<StringFilter>;
  /** Only roadmaps with some, every or none of their kpis matching. */
  kpis?: InputMaybe<KpiListRelationFilter>;
  lifecycle?: InputMaybe<LifecycleFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only roadmaps with some, every or none of their okrs matching. */
  okrs?: InputMaybe<OkrListRelationFilter>;
  /** Only roadmaps with some, every or none of their releases matching. */
  releases?: InputMaybe<ReleaseListRelationFilter>;
  /** Only roadmaps whose team matches. */
  team?: InputMaybe<TeamWhere>;
  teamId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Only roadmaps with some, every or none of their workItems matching. */
  workItems?: InputMaybe<WorkItemListRelationFilter>;
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
  eq?: InputMaybe<Role>;
  in?: InputMaybe<Array<Role>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Role>;
  notIn?: InputMaybe<Array<Role>>;
};

/** One hit of the global search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  rank: Scalars['Float']['output'];
  subtitle: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: SearchResultType;
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

/** One measure over a bucket. last: the values at the bucket’s latest date summed. yearOverYear: (sum − previousYearSum) / |previousYearSum|. */
export type SeriesStat = {
  __typename?: 'SeriesStat';
  average: Scalars['Decimal']['output'];
  last: Scalars['Decimal']['output'];
  /** The sum of the same bucket a year earlier. */
  previousYearSum: Maybe<Scalars['Decimal']['output']>;
  sum: Scalars['Decimal']['output'];
  /** Null without figures a year earlier (or when they sum to zero). */
  yearOverYear: Maybe<Scalars['Float']['output']>;
};

/** The products a deal carries; they replace its previous line items. */
export type SetDealLineItemsInput = {
  dealId: Scalars['ID']['input'];
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Empty removes them all (the value then stays as it is and can be edited again). */
  items: Array<DealLineItemInput>;
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizationName: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StageSummary = {
  __typename?: 'StageSummary';
  count: Scalars['Int']['output'];
  /** Amounts are never converted: a stage holding several currencies has a row for each. */
  currency: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  probability: Scalars['Float']['output'];
  stageId: Scalars['ID']['output'];
  stageName: Scalars['String']['output'];
  value: Scalars['Decimal']['output'];
  weightedValue: Scalars['Decimal']['output'];
};

/** OPEN stages hold live deals; entering WON or LOST closes the deal. */
export type StageType =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Conditions on a StageType field. */
export type StageTypeFilter = {
  eq?: InputMaybe<StageType>;
  in?: InputMaybe<Array<StageType>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<StageType>;
  notIn?: InputMaybe<Array<StageType>>;
};

/** A product’s stock changed (STOCK) or fell to its low-stock threshold (LOW_STOCK). */
export type StockEvent = {
  __typename?: 'StockEvent';
  /** STOCK, LOW_STOCK, or RESYNC when events may have been missed: reload. */
  action: Scalars['String']['output'];
  actorUserId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTimeISO']['output'];
  product: Maybe<Product>;
  /** Null on RESYNC. */
  productId: Maybe<Scalars['ID']['output']>;
};

/** Conditions on a text field; contains and startsWith ignore case. */
export type StringFilter = {
  contains?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  gt?: InputMaybe<Scalars['String']['input']>;
  gte?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: only rows without a value; false: only rows with one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  lt?: InputMaybe<Scalars['String']['input']>;
  lte?: InputMaybe<Scalars['String']['input']>;
  ne?: InputMaybe<Scalars['String']['input']>;
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Activities of one company, contact or deal (recordId) created, changed, completed or deleted. */
  activityEvents: ActivityEvent;
  /** Deals created, changed, moved, deleted or restored in a pipeline, by anyone in your organization. */
  dealEvents: DealEvent;
  /** Orders placed, moved or paid in your organization (or one order, with orderId). */
  orderEvents: OrderEvent;
  /** Stock changes and low-stock alerts of every product (or one, with productId). */
  stockEvents: StockEvent;
};


export type SubscriptionActivityEventsArgs = {
  recordId: Scalars['ID']['input'];
};


export type SubscriptionDealEventsArgs = {
  pipelineId: Scalars['ID']['input'];
};


export type SubscriptionOrderEventsArgs = {
  orderId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionStockEventsArgs = {
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type Team = {
  __typename?: 'Team';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  memberships: MembershipConnection;
  name: Scalars['String']['output'];
  roadmaps: RoadmapConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: TeamPermissions;
};


export type TeamMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MembershipOrderBy>>;
  where?: InputMaybe<MembershipWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type TeamRoadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RoadmapOrderBy>>;
  where?: InputMaybe<RoadmapWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type TeamAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of teams. */
export type TeamAggregateRow = {
  __typename?: 'TeamAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of teams. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Team>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamDateField =
  | 'CREATED_AT';

export type TeamDateGrouping = {
  field: TeamDateField;
  unit: DateUnit;
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  cursor: Scalars['String']['output'];
  node: Team;
};

export type TeamGroupKey =
  | 'NAME';

export type TeamOrderBy = {
  direction?: SortDirection;
  field: TeamOrderField;
};

export type TeamOrderField =
  | 'CREATED_AT'
  | 'NAME';

/** What you may do with this Team. */
export type TeamPermissions = {
  __typename?: 'TeamPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Team (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on teams; fields combine with AND. */
export type TeamWhere = {
  AND?: InputMaybe<Array<TeamWhere>>;
  NOT?: InputMaybe<TeamWhere>;
  OR?: InputMaybe<Array<TeamWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only teams with some, every or none of their memberships matching. */
  memberships?: InputMaybe<MembershipListRelationFilter>;
  name?: InputMaybe<StringFilter>;
  /** Only teams with some, every or none of their roadmaps matching. */
  roadmaps?: InputMaybe<RoadmapListRelationFilter>;
};

/** Fields to change on a Activity; omitted fields stay as they are, null clears. */
export type UpdateActivityInput = {
  /** Who should do it; defaults to the owner. */
  assignedToId?: InputMaybe<Scalars['ID']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  followUpDate?: InputMaybe<Scalars['Date']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  status?: InputMaybe<ActivityStatus>;
  subject?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ActivityType>;
};

/** Fields to change on a Company; omitted fields stay as they are, null clears. */
export type UpdateCompanyInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Annual revenue in the organization currency. */
  revenue?: InputMaybe<Scalars['Decimal']['input']>;
  size?: InputMaybe<CompanySize>;
  state?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CompanyStatus>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Contact; omitted fields stay as they are, null clears. */
export type UpdateContactInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  linkedinUrl?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  preferredContactMethod?: InputMaybe<ContactMethod>;
  state?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a CustomFieldDefinition; omitted fields stay as they are, null clears. */
export type UpdateCustomFieldDefinitionInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Fields to change on a CustomMetric; omitted fields stay as they are, null clears. */
export type UpdateCustomMetricInput = {
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Metric name, e.g. project_delivery_days. */
  metricName?: InputMaybe<Scalars['String']['input']>;
  /** Data source: manual upload or an integration. */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  /** Unit of measurement: days, percent, … */
  unit?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Fields to change on a CustomerReferral; omitted fields stay as they are, null clears. */
export type UpdateCustomerReferralInput = {
  /** Valid until then (default: 90 days); afterwards it expires. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  referredEmail?: InputMaybe<Scalars['String']['input']>;
  /** Who was referred, as the referrer named them. */
  referredName?: InputMaybe<Scalars['String']['input']>;
  referredPhone?: InputMaybe<Scalars['String']['input']>;
  /** Points the referrer gets on conversion, in rewardProgram. */
  rewardAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The program the reward is paid in. */
  rewardProgramId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields to change on a Deal; omitted fields stay as they are, null clears. */
export type UpdateDealInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217; defaults to the organization currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  /** Overrides the stage probability, 0..1. */
  probability?: InputMaybe<Scalars['Float']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Fields to change on a Delivery; omitted fields stay as they are, null clears. */
export type UpdateDeliveryInput = {
  actualDelivery?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Where to: street, city, state, zipCode, country. */
  address?: InputMaybe<Scalars['JSONObject']['input']>;
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  estimatedDelivery?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Who receives it. */
  recipientName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DeliveryStatus>;
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Document; omitted fields stay as they are, null clears. */
export type UpdateDocumentInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DocumentStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<DocumentType>;
};

/** Fields to change on a Epic; omitted fields stay as they are, null clears. */
export type UpdateEpicInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Experiment; omitted fields stay as they are, null clears. */
export type UpdateExperimentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  hypothesis?: InputMaybe<Scalars['String']['input']>;
  /** The metrics it watches. */
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Results, as recorded. */
  results?: InputMaybe<Scalars['JSONObject']['input']>;
  startDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<ExperimentStatus>;
};

/** Fields to change on a Feature; omitted fields stay as they are, null clears. */
export type UpdateFeatureInput = {
  acceptanceCriteria?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  epicId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<WorkPriority>;
  storyPoints?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a FeedbackFeatureLink; omitted fields stay as they are, null clears. */
export type UpdateFeedbackFeatureLinkInput = {
  /** What the customer asks of it, in their words. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a FeedbackIdeaLink; omitted fields stay as they are, null clears. */
export type UpdateFeedbackIdeaLinkInput = {
  /** What the customer asks of it, in their words. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Feedback; omitted fields stay as they are, null clears. */
export type UpdateFeedbackInput = {
  /** The customer company (when the contact has none, or no contact is known). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer contact who gave it. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<WorkPriority>;
  /** Where it came from, e.g. support, survey, interview. */
  source?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FeedbackStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<FeedbackType>;
  userEmail?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Financial; omitted fields stay as they are, null clears. */
export type UpdateFinancialInput = {
  cashFlow?: InputMaybe<Scalars['Decimal']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  expenses?: InputMaybe<Scalars['Decimal']['input']>;
  /** The source system’s record id, for reconciliation. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Source-specific fields. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  revenue?: InputMaybe<Scalars['Decimal']['input']>;
  /** Integration source (xero, myob, manual); part of the natural key. */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a IdeaFeatureLink; omitted fields stay as they are, null clears. */
export type UpdateIdeaFeatureLinkInput = {
  /** How the feature answers the idea, in a line (promoteIdeaToFeature writes one). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Idea; omitted fields stay as they are, null clears. */
export type UpdateIdeaInput = {
  /** WSJF business value, 1..10. */
  businessValue?: InputMaybe<Scalars['Int']['input']>;
  /** Confidence, 1..10. */
  confidence?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Effort (ICE ease = 11 − effort), 1..10. */
  effort?: InputMaybe<Scalars['Int']['input']>;
  /** Impact, 1..10. */
  impact?: InputMaybe<Scalars['Int']['input']>;
  /** WSJF job size, 1..10. */
  jobSize?: InputMaybe<Scalars['Int']['input']>;
  /** Manual priority, 0..100. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** RICE reach: people or events per period, 0 or more. */
  reach?: InputMaybe<Scalars['Int']['input']>;
  /** WSJF risk reduction / opportunity enablement, 1..10. */
  riskReduction?: InputMaybe<Scalars['Int']['input']>;
  /** Labels, up to 20. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** WSJF time criticality, 1..10. */
  timeCriticality?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Integration; omitted fields stay as they are, null clears. */
export type UpdateIntegrationInput = {
  /** OAuth access token; stored encrypted, never returned. */
  accessToken?: InputMaybe<Scalars['String']['input']>;
  /** The account at the provider (organization, tenant or portal id). */
  account?: InputMaybe<Scalars['String']['input']>;
  /** API secret; stored encrypted, never returned. */
  apiSecret?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  lastError?: InputMaybe<Scalars['String']['input']>;
  /** Last successful sync. */
  lastSyncAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Provider-specific configuration. */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** OAuth refresh token; stored encrypted, never returned. */
  refreshToken?: InputMaybe<Scalars['String']['input']>;
  /** Granted scopes, space-separated. */
  scopes?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<IntegrationStatus>;
};

/** Fields to change on a KeyResult; omitted fields stay as they are, null clears. */
export type UpdateKeyResultInput = {
  /** Where it is now; change it with updateKeyResultProgress or update. */
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where the measure started. */
  startValue?: InputMaybe<Scalars['Float']['input']>;
  /** Where it should get to; must differ from startValue. */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a KpiDataPoint; omitted fields stay as they are, null clears. */
export type UpdateKpiDataPointInput = {
  /** When it was measured. */
  date?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The period it measures, e.g. 2026-11, 2026-W48 or 2026-Q4 (after the KPI's frequency). */
  period?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Fields to change on a Kpi; omitted fields stay as they are, null clears. */
export type UpdateKpiInput = {
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  frequency?: InputMaybe<KpiFrequency>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a LaunchChecklistItem; omitted fields stay as they are, null clears. */
export type UpdateLaunchChecklistItemInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a LeadEvent; omitted fields stay as they are, null clears. */
export type UpdateLeadEventInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<LeadEventType>;
  /** The event’s id in that CRM, unique per source. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The lead or deal id in that CRM. */
  leadId?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The CRM it comes from (hubspot, pipedrive); part of the natural key. */
  sourceSystem?: InputMaybe<Scalars['String']['input']>;
  /** Pipeline stage in that CRM, e.g. qualified; matched to a stage of the same name. */
  stage?: InputMaybe<Scalars['String']['input']>;
  /** active, stale, lost, … */
  status?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Fields to change on a LoyaltyProgram; omitted fields stay as they are, null clears. */
export type UpdateLoyaltyProgramInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only active programs earn points. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Earned points expire this many days after they were earned; null: never. */
  pointsExpireAfterDays?: InputMaybe<Scalars['Int']['input']>;
  /** Points per whole unit of a paid order’s total, in the order’s currency. */
  pointsPerDollar?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields to change on a Okr; omitted fields stay as they are, null clears. */
export type UpdateOkrInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to you. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The quarter, e.g. 2026-Q4. */
  quarter?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OkrStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationInput = {
  defaultCurrency?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** Fields to change on a Pipeline; omitted fields stay as they are, null clears. */
export type UpdatePipelineInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields to change on a PipelineStage; omitted fields stay as they are, null clears. */
export type UpdatePipelineStageInput = {
  /** Hex colour, e.g. #3b82f6. */
  color?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  /** 0..1 */
  probability?: InputMaybe<Scalars['Float']['input']>;
  /** Deals idle in this stage longer than this many days are flagged as rotting. */
  rottingDays?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<StageType>;
};

/** Fields to change on a Product; omitted fields stay as they are, null clears. */
export type UpdateProductInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  /** Purchase cost, for margins. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Values of the organization’s custom fields, by key. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** Stock keeping unit, unique in your organization. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** The company it is bought from. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields to change on a ReleaseChangelogEntry; omitted fields stay as they are, null clears. */
export type UpdateReleaseChangelogEntryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  featureId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ChangelogKind>;
  position?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a ReleaseFeature; omitted fields stay as they are, null clears. */
export type UpdateReleaseFeatureInput = {
  /** Its line in the release notes (moveFeatureToRelease starts it from the feature's title). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Release; omitted fields stay as they are, null clears. */
export type UpdateReleaseInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<ReleaseType>;
  /** Version number (seed 003 version), unique within the roadmap (the trash does not hold it). */
  versionNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Roadmap; omitted fields stay as they are, null clears. */
export type UpdateRoadmapInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Short key (letters, digits, - and _), unique in your organization. */
  key?: InputMaybe<Scalars['String']['input']>;
  lifecycle?: InputMaybe<Lifecycle>;
  /** Free-form product metrics. */
  metrics?: InputMaybe<Scalars['JSONObject']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The team that owns it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the product is headed. */
  vision?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a Team; omitted fields stay as they are, null clears. */
export type UpdateTeamInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a UserAlias; omitted fields stay as they are, null clears. */
export type UpdateUserAliasInput = {
  /** The alias address (kept in lower case), unique in your organization. */
  alias?: InputMaybe<Scalars['String']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Disabled aliases match no mail event. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The alias provider’s id for it. */
  providerAliasId?: InputMaybe<Scalars['String']['input']>;
  /** A pre-signup alias, not yet persisted at the provider. */
  shadow?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What changes on a subscription; omitted fields stay. */
export type UpdateWebhookSubscriptionInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Comma-separated event types: deal.won, deal.*, *, … */
  eventTypes?: InputMaybe<Scalars['String']['input']>;
  /** The version you saw; a stale one is refused with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change on a WorkItem; omitted fields stay as they are, null clears. */
export type UpdateWorkItemInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  featureId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<WorkPriority>;
  status?: InputMaybe<WorkItemStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  imageUrl: Maybe<Scalars['String']['output']>;
  isActive: Scalars['Boolean']['output'];
  lastLoginAt: Maybe<Scalars['DateTimeISO']['output']>;
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  timezone: Scalars['String']['output'];
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type UserAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of users. */
export type UserAggregateRow = {
  __typename?: 'UserAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** E-mail aliases of contacts: events for an alias are linked to its contact. */
export type UserAlias = {
  __typename?: 'UserAlias';
  /** The alias address (kept in lower case), unique in your organization. */
  alias: Scalars['String']['output'];
  contact: Maybe<Contact>;
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Disabled aliases match no mail event. */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The alias provider’s id for it. */
  providerAliasId: Scalars['String']['output'];
  /** A pre-signup alias, not yet persisted at the provider. */
  shadow: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: UserAliasPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type UserAliasAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of userAliases. */
export type UserAliasAggregateRow = {
  __typename?: 'UserAliasAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of userAliases. */
export type UserAliasConnection = {
  __typename?: 'UserAliasConnection';
  edges: Array<UserAliasEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<UserAlias>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserAliasDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type UserAliasDateGrouping = {
  field: UserAliasDateField;
  unit: DateUnit;
};

export type UserAliasEdge = {
  __typename?: 'UserAliasEdge';
  cursor: Scalars['String']['output'];
  node: UserAlias;
};

export type UserAliasGroupKey =
  | 'ALIAS'
  | 'CONTACT_ID'
  | 'CONTACT__EMAIL'
  | 'CONTACT__FIRST_NAME'
  | 'CONTACT__IS_PRIMARY'
  | 'CONTACT__JOB_TITLE'
  | 'CONTACT__LAST_NAME'
  | 'ENABLED'
  | 'PROVIDER_ALIAS_ID'
  | 'SHADOW';

/** Conditions on a to-many list of userAliases (in the trash excluded); several combine with AND. */
export type UserAliasListRelationFilter = {
  /** All of the userAliases match; true when there are none. */
  every?: InputMaybe<UserAliasWhere>;
  /** None of the userAliases matches; true when there are none. */
  none?: InputMaybe<UserAliasWhere>;
  /** At least one of the userAliases matches. */
  some?: InputMaybe<UserAliasWhere>;
};

export type UserAliasOrderBy = {
  direction?: SortDirection;
  field: UserAliasOrderField;
};

export type UserAliasOrderField =
  | 'ALIAS'
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** What you may do with this UserAlias. */
export type UserAliasPermissions = {
  __typename?: 'UserAliasPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this UserAlias (update). */
  update: Scalars['Boolean']['output'];
};

/** Conditions on userAliases; fields combine with AND. */
export type UserAliasWhere = {
  AND?: InputMaybe<Array<UserAliasWhere>>;
  NOT?: InputMaybe<UserAliasWhere>;
  OR?: InputMaybe<Array<UserAliasWhere>>;
  alias?: InputMaybe<StringFilter>;
  /** Only userAliases whose contact matches. */
  contact?: InputMaybe<ContactWhere>;
  contactId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  enabled?: InputMaybe<BooleanFilter>;
  providerAliasId?: InputMaybe<StringFilter>;
  shadow?: InputMaybe<BooleanFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserDateField =
  | 'CREATED_AT';

export type UserDateGrouping = {
  field: UserDateField;
  unit: DateUnit;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserGroupKey =
  | 'EMAIL'
  | 'NAME';

export type UserOrderBy = {
  direction?: SortDirection;
  field: UserOrderField;
};

export type UserOrderField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'NAME';

/** Conditions on users; fields combine with AND. */
export type UserWhere = {
  AND?: InputMaybe<Array<UserWhere>>;
  NOT?: InputMaybe<UserWhere>;
  OR?: InputMaybe<Array<UserWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  email?: InputMaybe<StringFilter>;
  name?: InputMaybe<StringFilter>;
};

/** Who is asking, and in which organization. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Every organization you can switch to. */
  memberships: Array<OrganizationMembership>;
  organization: Maybe<Organization>;
  role: Maybe<Role>;
  user: User;
};

/** The delivery log: one event sent to one subscription (ADMIN and above). */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made in this run (a redelivery starts a new run). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event's id, also the payload's id: deduplicate by it. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due; null once delivered or failed. */
  nextTryAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The JSON body sent: {id, type, occurredAt, organizationId, data}. */
  payload: Scalars['JSONObject']['output'];
  /** Times it was redelivered by hand. */
  redeliveries: Scalars['Int']['output'];
  /** HTTP status of the last answer. */
  responseCode: Maybe<Scalars['Int']['output']>;
  status: WebhookDeliveryStatus;
  subscription: Maybe<WebhookSubscription>;
  subscriptionId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: WebhookDeliveryPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type WebhookDeliveryAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Required for all but COUNT. */
  field?: InputMaybe<WebhookDeliveryNumericField>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of webhookDeliveries. */
export type WebhookDeliveryAggregateRow = {
  __typename?: 'WebhookDeliveryAggregateRow';
  avg: WebhookDeliveryNumbers;
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
  max: WebhookDeliveryNumbers;
  min: WebhookDeliveryNumbers;
  sum: WebhookDeliveryNumbers;
};

/** A page of webhookDeliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryDateField =
  | 'CREATED_AT'
  | 'DELIVERED_AT'
  | 'NEXT_TRY_AT'
  | 'UPDATED_AT';

export type WebhookDeliveryDateGrouping = {
  field: WebhookDeliveryDateField;
  unit: DateUnit;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryGroupKey =
  | 'EVENT_ID'
  | 'EVENT_TYPE'
  | 'STATUS'
  | 'SUBSCRIPTION_ID'
  | 'SUBSCRIPTION__ACTIVE';

/** Conditions on a to-many list of webhookDeliveries (in the trash excluded); several combine with AND. */
export type WebhookDeliveryListRelationFilter = {
  /** All of the webhookDeliveries match; true when there are none. */
  every?: InputMaybe<WebhookDeliveryWhere>;
  /** None of the webhookDeliveries matches; true when there are none. */
  none?: InputMaybe<WebhookDeliveryWhere>;
  /** At least one of the webhookDeliveries matches. */
  some?: InputMaybe<WebhookDeliveryWhere>;
};

export type WebhookDeliveryNumbers = {
  __typename?: 'WebhookDeliveryNumbers';
  attempts: Maybe<Scalars['Float']['output']>;
  redeliveries: Maybe<Scalars['Float']['output']>;
  responseCode: Maybe<Scalars['Float']['output']>;
};

export type WebhookDeliveryNumericField =
  | 'ATTEMPTS'
  | 'REDELIVERIES'
  | 'RESPONSE_CODE';

export type WebhookDeliveryOrderBy = {
  direction?: SortDirection;
  field: WebhookDeliveryOrderField;
};

export type WebhookDeliveryOrderField =
  | 'CREATED_AT'
  | 'DELIVERED_AT'
  | 'EVENT_TYPE'
  | 'NEXT_TRY_AT'
  | 'UPDATED_AT';

/** What you may do with this WebhookDelivery. */
export type WebhookDeliveryPermissions = {
  __typename?: 'WebhookDeliveryPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run redeliverWebhook on it. */
  redeliverWebhook: Scalars['Boolean']['output'];
  /** Change this WebhookDelivery (update is not offered). */
  update: Scalars['Boolean']['output'];
};

/** PENDING: not tried yet; RETRYING: failed, tried again at nextTryAt; DELIVERED: a 2xx answer; FAILED: every attempt failed. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'RETRYING';

/** Conditions on a WebhookDeliveryStatus field. */
export type WebhookDeliveryStatusFilter = {
  eq?: InputMaybe<WebhookDeliveryStatus>;
  in?: InputMaybe<Array<WebhookDeliveryStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<WebhookDeliveryStatus>;
  notIn?: InputMaybe<Array<WebhookDeliveryStatus>>;
};

/** Conditions on webhookDeliveries; fields combine with AND. */
export type WebhookDeliveryWhere = {
  AND?: InputMaybe<Array<WebhookDeliveryWhere>>;
  NOT?: InputMaybe<WebhookDeliveryWhere>;
  OR?: InputMaybe<Array<WebhookDeliveryWhere>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  deliveredAt?: InputMaybe<DateTimeFilter>;
  eventId?: InputMaybe<IdFilter>;
  eventType?: InputMaybe<StringFilter>;
  nextTryAt?: InputMaybe<DateTimeFilter>;
  status?: InputMaybe<WebhookDeliveryStatusFilter>;
  /** Only webhookDeliveries whose subscription matches. */
  subscription?: InputMaybe<WebhookSubscriptionWhere>;
  subscriptionId?: InputMaybe<IdFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A URL that receives your organization's events, signed with its own secret (ADMIN and above). */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** Inactive subscriptions receive nothing. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  deliveries: WebhookDeliveryConnection;
  description: Maybe<Scalars['String']['output']>;
  /** Comma-separated event types: deal.won, deal.*, *, … */
  eventTypes: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The first characters of the secret, to recognise it. */
  secretHint: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where events are POSTed: http(s), not a private address unless the server allows it. */
  url: Scalars['String']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: WebhookSubscriptionPermissions;
};


/** A URL that receives your organization's events, signed with its own secret (ADMIN and above). */
export type WebhookSubscriptionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookDeliveryOrderBy>>;
  where?: InputMaybe<WebhookDeliveryWhere>;
  withDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type WebhookSubscriptionAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of webhookSubscriptions. */
export type WebhookSubscriptionAggregateRow = {
  __typename?: 'WebhookSubscriptionAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of webhookSubscriptions. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  edges: Array<WebhookSubscriptionEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<WebhookSubscription>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type WebhookSubscriptionDateField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type WebhookSubscriptionDateGrouping = {
  field: WebhookSubscriptionDateField;
  unit: DateUnit;
};

export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookSubscription;
};

export type WebhookSubscriptionGroupKey =
  | 'ACTIVE';

export type WebhookSubscriptionOrderBy = {
  direction?: SortDirection;
  field: WebhookSubscriptionOrderField;
};

export type WebhookSubscriptionOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** What you may do with this WebhookSubscription. */
export type WebhookSubscriptionPermissions = {
  __typename?: 'WebhookSubscriptionPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Run deleteWebhookSubscription on it. */
  deleteWebhookSubscription: Scalars['Boolean']['output'];
  /** Change this WebhookSubscription (update is not offered). */
  update: Scalars['Boolean']['output'];
  /** Run updateWebhookSubscription on it. */
  updateWebhookSubscription: Scalars['Boolean']['output'];
};

/** Conditions on webhookSubscriptions; fields combine with AND. */
export type WebhookSubscriptionWhere = {
  AND?: InputMaybe<Array<WebhookSubscriptionWhere>>;
  NOT?: InputMaybe<WebhookSubscriptionWhere>;
  OR?: InputMaybe<Array<WebhookSubscriptionWhere>>;
  active?: InputMaybe<BooleanFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Only webhookSubscriptions with some, every or none of their deliveries matching. */
  deliveries?: InputMaybe<WebhookDeliveryListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A subscription with its signing secret: shown this once, never again. */
export type WebhookSubscriptionWithSecret = {
  __typename?: 'WebhookSubscriptionWithSecret';
  /** Verify each delivery's X-Webhook-Signature with it (README "Webhooks"). Shown only once. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

export type WonLostRow = {
  __typename?: 'WonLostRow';
  currency: Scalars['String']['output'];
  /** YYYY-MM of closing, or the owner id, by the report asked. */
  key: Scalars['String']['output'];
  lostCount: Scalars['Int']['output'];
  lostValue: Scalars['Decimal']['output'];
  ownerName: Maybe<Scalars['String']['output']>;
  /** won / (won + lost) by count. */
  winRate: Maybe<Scalars['Float']['output']>;
  wonCount: Scalars['Int']['output'];
  wonValue: Scalars['Decimal']['output'];
};

/** Work items of a roadmap (seed 003 Task), optionally under a feature. */
export type WorkItem = {
  __typename?: 'WorkItem';
  assignee: Maybe<User>;
  assigneeId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  description: Maybe<Scalars['String']['output']>;
  dueDate: Maybe<Scalars['DateTimeISO']['output']>;
  feature: Maybe<Feature>;
  featureId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  priority: WorkPriority;
  roadmap: Maybe<Roadmap>;
  roadmapId: Scalars['ID']['output'];
  status: WorkItemStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Incremented on every change; send it back as expectedVersion to detect conflicts. */
  version: Scalars['Int']['output'];
  /** What you may do with this record (from your role and whether you own it). */
  viewerCan: WorkItemPermissions;
};

/** Keeps only groups whose aggregate compares as given (SQL HAVING). */
export type WorkItemAggregateCondition = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  function: AggregateFunction;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** One group of workItems. */
export type WorkItemAggregateRow = {
  __typename?: 'WorkItemAggregateRow';
  count: Scalars['Int']['output'];
  /** Distinct non-null values of the `distinct` key in the group (count(DISTINCT …)); null without `distinct`. */
  distinctCount: Maybe<Scalars['Int']['output']>;
  /** The group’s key values by path, e.g. { "ownerId": …, "company.industry": …, "closedAt": "2026-11-01" }. */
  group: Scalars['JSONObject']['output'];
};

/** A page of workItems. */
export type WorkItemConnection = {
  __typename?: 'WorkItemConnection';
  edges: Array<WorkItemEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<WorkItem>;
  pageInfo: PageInfo;
  /** All rows matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type WorkItemDateField =
  | 'CREATED_AT'
  | 'DUE_DATE'
  | 'UPDATED_AT';

export type WorkItemDateGrouping = {
  field: WorkItemDateField;
  unit: DateUnit;
};

export type WorkItemEdge = {
  __typename?: 'WorkItemEdge';
  cursor: Scalars['String']['output'];
  node: WorkItem;
};

export type WorkItemGroupKey =
  | 'ASSIGNEE_ID'
  | 'ASSIGNEE__EMAIL'
  | 'ASSIGNEE__NAME'
  | 'FEATURE_ID'
  | 'FEATURE__PRIORITY'
  | 'FEATURE__STATUS'
  | 'FEATURE__TITLE'
  | 'PRIORITY'
  | 'ROADMAP_ID'
  | 'ROADMAP__KEY'
  | 'ROADMAP__LIFECYCLE'
  | 'ROADMAP__NAME'
  | 'STATUS'
  | 'TITLE';

/** Conditions on a to-many list of workItems (in the trash excluded); several combine with AND. */
export type WorkItemListRelationFilter = {
  /** All of the workItems match; true when there are none. */
  every?: InputMaybe<WorkItemWhere>;
  /** None of the workItems matches; true when there are none. */
  none?: InputMaybe<WorkItemWhere>;
  /** At least one of the workItems matches. */
  some?: InputMaybe<WorkItemWhere>;
};

export type WorkItemOrderBy = {
  direction?: SortDirection;
  field: WorkItemOrderField;
};

export type WorkItemOrderField =
  | 'CREATED_AT'
  | 'DUE_DATE'
  | 'TITLE'
  | 'UPDATED_AT';

/** What you may do with this WorkItem. */
export type WorkItemPermissions = {
  __typename?: 'WorkItemPermissions';
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this WorkItem (update). */
  update: Scalars['Boolean']['output'];
};

export type WorkItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'IN_REVIEW'
  | 'TODO';

/** Conditions on a WorkItemStatus field. */
export type WorkItemStatusFilter = {
  eq?: InputMaybe<WorkItemStatus>;
  in?: InputMaybe<Array<WorkItemStatus>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<WorkItemStatus>;
  notIn?: InputMaybe<Array<WorkItemStatus>>;
};

/** Conditions on workItems; fields combine with AND. */
export type WorkItemWhere = {
  AND?: InputMaybe<Array<WorkItemWhere>>;
  NOT?: InputMaybe<WorkItemWhere>;
  OR?: InputMaybe<Array<WorkItemWhere>>;
  /** Only workItems whose assignee matches. */
  assignee?: InputMaybe<UserWhere>;
  assigneeId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  dueDate?: InputMaybe<DateTimeFilter>;
  /** Only workItems whose feature matches. */
  feature?: InputMaybe<FeatureWhere>;
  featureId?: InputMaybe<IdFilter>;
  priority?: InputMaybe<WorkPriorityFilter>;
  /** Only workItems whose roadmap matches. */
  roadmap?: InputMaybe<RoadmapWhere>;
  roadmapId?: InputMaybe<IdFilter>;
  status?: InputMaybe<WorkItemStatusFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type WorkPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Conditions on a WorkPriority field. */
export type WorkPriorityFilter = {
  eq?: InputMaybe<WorkPriority>;
  in?: InputMaybe<Array<WorkPriority>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<WorkPriority>;
  notIn?: InputMaybe<Array<WorkPriority>>;
};

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
  deals: DealConnection;
  /** Set when the record is in the trash; restorable. */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  email: Maybe<Scalars['String']['output']>;
  employeeCount: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  industry: Maybe<Scalars['String']['output']>;
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


export type CompanyDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
  where?: InputMaybe<DealWhere>;
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
  /** Only companies with some, every or none of their deals matching. */
  deals?: InputMaybe<DealListRelationFilter>;
  employeeCount?: InputMaybe<IntFilter>;
  industry?: InputMaybe<StringFilter>;
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
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPrimary: Scalars['Boolean']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  linkedinUrl: Maybe<Scalars['String']['output']>;
  mobile: Maybe<Scalars['String']['output']>;
  notes: Maybe<Scalars['String']['output']>;
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  preferredContactMethod: ContactMethod;
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
  firstName?: InputMaybe<StringFilter>;
  isPrimary?: InputMaybe<BooleanFilter>;
  jobTitle?: InputMaybe<StringFilter>;
  lastName?: InputMaybe<StringFilter>;
  /** Only contacts whose owner matches. */
  owner?: InputMaybe<UserWhere>;
  ownerId?: InputMaybe<IdFilter>;
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

export type CreateTeamInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
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
  id: Scalars['ID']['output'];
  /** Open and idle in its stage longer than the stage’s rotting days. */
  isRotting: Scalars['Boolean']['output'];
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
  /** OWNER only; the last OWNER cannot be demoted. */
  changeMemberRole: Membership;
  completeActivity: Activity;
  createActivity: Activity;
  /** ADMIN and above; the role may not exceed yours. */
  createApiKey: ApiKeyWithSecret;
  createCompany: Company;
  createContact: Contact;
  createCustomFieldDefinition: CustomFieldDefinition;
  createDeal: Deal;
  createPipeline: Pipeline;
  createPipelineStage: PipelineStage;
  createProduct: Product;
  createTeam: Team;
  /** Moves it to the trash; restorable. */
  deleteActivity: Activity;
  /** Moves it to the trash; restorable. */
  deleteCompany: Company;
  /** Moves it to the trash; restorable. */
  deleteContact: Contact;
  /** Moves it to the trash; restorable. */
  deleteCustomFieldDefinition: CustomFieldDefinition;
  /** Moves it to the trash; restorable. */
  deleteDeal: Deal;
  /** Moves it to the trash; restorable. */
  deletePipeline: Pipeline;
  /** Moves it to the trash; restorable. */
  deletePipelineStage: PipelineStage;
  /** Moves it to the trash; restorable. */
  deleteProduct: Product;
  /** Moves it to the trash; restorable. */
  deleteTeam: Team;
  /** OWNER only. Returns the token to pass on; nothing is e-mailed. */
  inviteMember: InvitationWithToken;
  logIn: AuthPayload;
  /** Revokes the refresh token; access tokens lapse within minutes. */
  logOut: Scalars['Boolean']['output'];
  /** Moves a deal between stages or within its column; WON/LOST stages close it, leaving them reopens it. */
  moveDeal: Deal;
  /** Moves a deal to a stage of another pipeline (to the bottom of that column). */
  moveDealToPipeline: Deal;
  /** New tokens for a refresh token (which is then used up); optionally switches organization. */
  refreshSession: AuthPayload;
  /** OWNER only. The person keeps their account; their records stay. */
  removeMember: Membership;
  reopenActivity: Activity;
  restoreActivity: Activity;
  restoreCompany: Company;
  restoreContact: Contact;
  restoreCustomFieldDefinition: CustomFieldDefinition;
  restoreDeal: Deal;
  restorePipeline: Pipeline;
  restorePipelineStage: PipelineStage;
  restoreProduct: Product;
  restoreTeam: Team;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** ADMIN and above: puts a member in a team (or none). */
  setMemberTeam: Membership;
  /** Creates your account and your organization, with you as OWNER. */
  signUp: AuthPayload;
  updateActivity: Activity;
  updateCompany: Company;
  updateContact: Contact;
  updateCustomFieldDefinition: CustomFieldDefinition;
  updateDeal: Deal;
  /** OWNER only. */
  updateOrganization: Organization;
  updatePipeline: Pipeline;
  updatePipelineStage: PipelineStage;
  updateProduct: Product;
  updateTeam: Team;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeMemberRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationCompleteActivityArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
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


export type MutationCreateDealArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateDealInput;
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


export type MutationCreateTeamArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTeamInput;
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


export type MutationDeleteDealArgs = {
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


export type MutationDeleteTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
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


export type MutationRefreshSessionArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  refreshToken: Scalars['String']['input'];
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


export type MutationRestoreDealArgs = {
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


export type MutationRestoreTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetMemberTeamArgs = {
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
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


export type MutationUpdateDealArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateDealInput;
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


export type MutationUpdateTeamArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTeamInput;
};

/** How a card shows its next activity (Pipedrive colours: red, green, grey, yellow warning). */
export type NextActivityState =
  | 'FUTURE'
  | 'NONE'
  | 'OVERDUE'
  | 'TODAY';

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
  /** Move it to the trash. */
  delete: Scalars['Boolean']['output'];
  /** Change this Product (update). */
  update: Scalars['Boolean']['output'];
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
  isActive?: InputMaybe<BooleanFilter>;
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
  /** One Deal by id, or null if there is none in your organization. */
  deal: Maybe<Deal>;
  /** One DealStageChange by id, or null if there is none in your organization. */
  dealStageChange: Maybe<DealStageChange>;
  dealStageChanges: DealStageChangeConnection;
  /** Groups of dealStageChanges with count, sum, avg, min and max; same tenant and role rules as dealStageChanges. */
  dealStageChangesAggregate: Array<DealStageChangeAggregateRow>;
  deals: DealConnection;
  /** Groups of deals with count, sum, avg, min and max; same tenant and role rules as deals. */
  dealsAggregate: Array<DealAggregateRow>;
  /** Open deals by expected-close month, unweighted and weighted, per currency. */
  forecast: Array<ForecastMonth>;
  /** From stage history: how many deals reached each stage, conversion to the next, and time spent. */
  funnel: Array<FunnelStep>;
  /** One Invitation by id, or null if there is none in your organization. */
  invitation: Maybe<Invitation>;
  invitations: InvitationConnection;
  /** Groups of invitations with count, sum, avg, min and max; same tenant and role rules as invitations. */
  invitationsAggregate: Array<InvitationAggregateRow>;
  me: Viewer;
  /** One Membership by id, or null if there is none in your organization. */
  membership: Maybe<Membership>;
  memberships: MembershipConnection;
  /** Groups of memberships with count, sum, avg, min and max; same tenant and role rules as memberships. */
  membershipsAggregate: Array<MembershipAggregateRow>;
  /** Open activities assigned to you, soonest first. */
  myOpenActivities: ActivityConnection;
  /** The organization of this request. */
  organization: Organization;
  /** Open activities past their due time, for everyone (managers) — filter further with where. */
  overdueActivities: ActivityConnection;
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
  /** Companies, contacts and deals matching every word (as prefixes), best first. */
  search: Array<SearchHit>;
  /** One Team by id, or null if there is none in your organization. */
  team: Maybe<Team>;
  teams: TeamConnection;
  /** Groups of teams with count, sum, avg, min and max; same tenant and role rules as teams. */
  teamsAggregate: Array<TeamAggregateRow>;
  /** One User by id, or null if there is none in your organization. */
  user: Maybe<User>;
  /** Members of your organization. */
  users: UserConnection;
  /** Groups of users with count, sum, avg, min and max; same tenant and role rules as users. */
  usersAggregate: Array<UserAggregateRow>;
  /** Won and lost deals by closing month (by: MONTH) or by owner (by: OWNER). */
  wonLost: Array<WonLostRow>;
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


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
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


export type QueryForecastArgs = {
  filter?: InputMaybe<ReportFilter>;
};


export type QueryFunnelArgs = {
  filter?: InputMaybe<ReportFilter>;
  pipelineId: Scalars['ID']['input'];
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


export type QueryMyOpenActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
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


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
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


export type QueryWonLostArgs = {
  by?: Scalars['String']['input'];
  filter?: InputMaybe<ReportFilter>;
};

/** Narrows a report. Dates are inclusive; they apply to the date the report is about. */
export type ReportFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
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
};


export type SubscriptionActivityEventsArgs = {
  recordId: Scalars['ID']['input'];
};


export type SubscriptionDealEventsArgs = {
  pipelineId: Scalars['ID']['input'];
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

/** Fields to change on a Team; omitted fields stay as they are, null clears. */
export type UpdateTeamInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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

import { registerEnumType } from 'type-graphql';

export enum CompanySize { STARTUP = 'STARTUP', SMALL = 'SMALL', MEDIUM = 'MEDIUM', LARGE = 'LARGE', ENTERPRISE = 'ENTERPRISE' }
export enum CompanyStatus { ACTIVE = 'ACTIVE', INACTIVE = 'INACTIVE', PROSPECT = 'PROSPECT', CUSTOMER = 'CUSTOMER', CHURNED = 'CHURNED' }
export enum ContactMethod { EMAIL = 'EMAIL', PHONE = 'PHONE', SMS = 'SMS', IN_PERSON = 'IN_PERSON' }
export enum StageType { OPEN = 'OPEN', WON = 'WON', LOST = 'LOST' }
export enum DealStatus { OPEN = 'OPEN', WON = 'WON', LOST = 'LOST' }
export enum Priority { LOW = 'LOW', MEDIUM = 'MEDIUM', HIGH = 'HIGH', URGENT = 'URGENT' }
export enum ActivityType { CALL = 'CALL', EMAIL = 'EMAIL', MEETING = 'MEETING', NOTE = 'NOTE', TASK = 'TASK', DEADLINE = 'DEADLINE' }
export enum ActivityStatus { PENDING = 'PENDING', IN_PROGRESS = 'IN_PROGRESS', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
export enum NextActivityState { OVERDUE = 'OVERDUE', TODAY = 'TODAY', FUTURE = 'FUTURE', NONE = 'NONE' }

registerEnumType(CompanySize, { name: 'CompanySize' });
registerEnumType(CompanyStatus, { name: 'CompanyStatus' });
registerEnumType(ContactMethod, { name: 'ContactMethod' });
registerEnumType(StageType, { name: 'StageType', description: 'OPEN stages hold live deals; entering WON or LOST closes the deal.' });
registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(ActivityStatus, { name: 'ActivityStatus' });
registerEnumType(NextActivityState, { name: 'NextActivityState', description: 'How a card shows its next activity (Pipedrive colours: red, green, grey, yellow warning).' });

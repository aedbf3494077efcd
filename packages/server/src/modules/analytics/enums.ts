import { registerEnumType } from 'type-graphql';

/** Seed 004 IntegrationStatus. */
export enum IntegrationStatus { PENDING = 'PENDING', ACTIVE = 'ACTIVE', ERROR = 'ERROR', DISABLED = 'DISABLED' }
registerEnumType(IntegrationStatus, { name: 'IntegrationStatus', description: 'PENDING until authorized, ACTIVE syncing, ERROR after a failed sync, DISABLED when disconnected.' });

/** What happened to a lead in the outside CRM. */
export enum LeadEventType { CREATED = 'CREATED', STAGE_CHANGED = 'STAGE_CHANGED', UPDATED = 'UPDATED', WON = 'WON', LOST = 'LOST' }
registerEnumType(LeadEventType, { name: 'LeadEventType' });

/** How a batch with bad rows is written: not at all, or its good rows. */
export enum IngestMode { ALL_OR_NOTHING = 'ALL_OR_NOTHING', PARTIAL = 'PARTIAL' }
registerEnumType(IngestMode, { name: 'IngestMode', description: 'ALL_OR_NOTHING writes nothing when a row is bad; PARTIAL writes the good rows and reports the rest.' });

/** Width of a time-series bucket. */
export enum SeriesBucket { DAY = 'DAY', WEEK = 'WEEK', MONTH = 'MONTH', QUARTER = 'QUARTER' }
registerEnumType(SeriesBucket, { name: 'SeriesBucket', description: 'Buckets start on the UTC day, ISO week (Monday), month or quarter.' });

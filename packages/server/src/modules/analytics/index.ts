import { defineModule } from '../../platform/module';
import { AnalyticsResolver } from './analytics.resolver';
import { CustomMetric } from './custom-metric.entity';
import { mountCsvUploads } from './csv-upload';
import { Financial } from './financial.entity';
import './funnel';
import { Integration } from './integration.entity';
import { LeadEvent } from './lead-event.entity';
import './resources';

export const analyticsModule = defineModule({ name: 'analytics', entities: [Financial, LeadEvent, CustomMetric, Integration], resolvers: [AnalyticsResolver], routes: mountCsvUploads });

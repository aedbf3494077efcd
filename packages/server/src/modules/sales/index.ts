import { defineModule } from '../../platform/module';
import { Activity } from './activity.entity';
import { BoardColumnResolver, BoardResolver } from './board.resolver';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { DealStageChange } from './deal-stage-change.entity';
import { Deal } from './deal.entity';
import './deal-actions';
import { ActivityResolver, SearchResolver } from './deal.resolver';
import { PipelineStage } from './pipeline-stage.entity';
import { Pipeline } from './pipeline.entity';
import { ReportsResolver } from './reports.resolver';
import './resources';
import { ActivityEventResolver, DealEventResolver } from './subscriptions.resolver';

export const salesModule = defineModule({
  name: 'sales',
  entities: [Company, Contact, Pipeline, PipelineStage, Deal, DealStageChange, Activity],
  resolvers: [BoardResolver, BoardColumnResolver, ActivityResolver, SearchResolver, ReportsResolver, DealEventResolver, ActivityEventResolver],
});

import { defineModule } from '../../platform/module';
import './actions';
import { FeatureDemandResolver, IdeaDemandResolver } from './demand.resolver';
import { Epic, Feature, IdeaFeatureLink, ReleaseFeature, WorkItem } from './delivery.entity';
import { Document, DocumentVersion } from './document.entity';
import { Feedback, FeedbackFeatureLink, FeedbackIdeaLink } from './feedback.entity';
import { Idea } from './idea.entity';
import { Experiment, Kpi, KpiDataPoint } from './measure.entity';
import { KeyResult, Okr } from './okr.entity';
import { LaunchChecklistItem, Release, ReleaseChangelogEntry } from './release.entity';
import './resources';
import { Roadmap } from './roadmap.entity';

export const productModule = defineModule({
  name: 'product',
  entities: [Roadmap, Idea, Epic, Feature, IdeaFeatureLink, WorkItem, Release, ReleaseFeature, ReleaseChangelogEntry, LaunchChecklistItem, Okr, KeyResult, Document, DocumentVersion, Kpi, KpiDataPoint, Experiment, Feedback, FeedbackIdeaLink, FeedbackFeatureLink],
  resolvers: [IdeaDemandResolver, FeatureDemandResolver],
});

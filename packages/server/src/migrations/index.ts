// The migrations, oldest first. scripts/generate-migration.js appends new ones here.
import { InitialSchema1795434456156 } from './1795434456156-InitialSchema';
import { TenantSecurityAndSearch1795434457156 } from './1795434457156-TenantSecurityAndSearch';
import { CustomFieldLabelIndex1795435432395 } from './1795435432395-CustomFieldLabelIndex';
import { ApiKeySessionLimits1795436100000 } from './1795436100000-ApiKeySessionLimits';
import { ApiKeyLimitsAndIdempotency1795435833261 } from './1795435833261-ApiKeyLimitsAndIdempotency';
import { SessionLimits1795436200000 } from './1795436200000-SessionLimits';
import { SearchUnderRowSecurity1795436300000 } from './1795436300000-SearchUnderRowSecurity';
import { DealRollups1795436400000 } from './1795436400000-DealRollups';
import { DealIndexesForListsAndFunnel1796096905288 } from './1796096905288-DealIndexesForListsAndFunnel';
import { DealFurthestStage1796096906000 } from './1796096906000-DealFurthestStage';
import { DealStageDurations1796096907000 } from './1796096907000-DealStageDurations';
import { AuthThrottle1796200000000 } from './1796200000000-AuthThrottle';
import { CatalogProducts1796117127487 } from './1796117127487-CatalogProducts';
import { OpenBoardFunnelTotalsSearchCandidates1796200600000 } from './1796200600000-OpenBoardFunnelTotalsSearchCandidates';
import { FurthestStageInCurrentPipeline1796200700000 } from './1796200700000-FurthestStageInCurrentPipeline';
import { SearchAddressesAndPhones1796200800000 } from './1796200800000-SearchAddressesAndPhones';
import { StoredSearchDocuments1796200900000 } from './1796200900000-StoredSearchDocuments';
import { ProductManagement1796128686257 } from './1796128686257-ProductManagement';
import { AnalyticsModule1796127541512 } from './1796127541512-AnalyticsModule';
import { CommerceOrders1796127591864 } from './1796127591864-CommerceOrders';
import { LoyaltyReferralsPrivacy1796127645942 } from './1796127645942-LoyaltyReferralsPrivacy';
import { Webhooks1796127759991 } from './1796127759991-Webhooks';
import { DeliveryRecipient1796128610858 } from './1796128610858-DeliveryRecipient';
import { ReferralExpiryDefault1796128995336 } from './1796128995336-ReferralExpiryDefault';
import { LeadEventLookups1796129008189 } from './1796129008189-LeadEventLookups';
import { ProductTagsAndMetrics1796129530904 } from './1796129530904-ProductTagsAndMetrics';
import { OrderPointsReversal1796201100000 } from './1796201100000-OrderPointsReversal';
import { FeatureIdeaReleaseLinks1796201200000 } from './1796201200000-FeatureIdeaReleaseLinks';
import { SessionTokens1796201300000 } from './1796201300000-SessionTokens';

export const MIGRATIONS = [
  InitialSchema1795434456156,
  TenantSecurityAndSearch1795434457156,
  CustomFieldLabelIndex1795435432395,
  ApiKeyLimitsAndIdempotency1795435833261,
  ApiKeySessionLimits1795436100000,
  SessionLimits1795436200000,
  SearchUnderRowSecurity1795436300000,
  DealRollups1795436400000,
  DealIndexesForListsAndFunnel1796096905288,
  DealFurthestStage1796096906000,
  DealStageDurations1796096907000,
  AuthThrottle1796200000000,
  CatalogProducts1796117127487,
  OpenBoardFunnelTotalsSearchCandidates1796200600000,
  FurthestStageInCurrentPipeline1796200700000,
  SearchAddressesAndPhones1796200800000,
  StoredSearchDocuments1796200900000,
  ProductManagement1796128686257,
  AnalyticsModule1796127541512,
  CommerceOrders1796127591864,
  LoyaltyReferralsPrivacy1796127645942,
  Webhooks1796127759991,
  DeliveryRecipient1796128610858,
  ReferralExpiryDefault1796128995336,
  LeadEventLookups1796129008189,
  ProductTagsAndMetrics1796129530904,
  OrderPointsReversal1796201100000,
  FeatureIdeaReleaseLinks1796201200000,
  SessionTokens1796201300000,
];

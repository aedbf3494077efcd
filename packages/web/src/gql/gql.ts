/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyActivities {\n    overdue: myOpenActivities(overdueOnly: true, first: 100) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n    open: myOpenActivities(first: 200) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ActivityItem }\n    }\n  }\n": typeof types.MyActivitiesDocument,
    "\n  query TeamActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n": typeof types.TeamActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...ActivityWritten }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!, $expectedVersion: Int) {\n    updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ActivityWritten }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) { id deletedAt }\n  }\n": typeof types.DeleteActivityDocument,
    "\n  query WeekActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n": typeof types.WeekActivitiesDocument,
    "\n  fragment ActivityItem on Activity {\n    id\n    version\n    type\n    subject\n    description\n    status\n    dueAt\n    completedAt\n    durationMinutes\n    outcome\n    priority\n    createdAt\n    assignedTo { id name }\n    deal { id title }\n    company { id name }\n    contact { id firstName lastName }\n    viewerCan { update delete }\n  }\n": typeof types.ActivityItemFragmentDoc,
    "\n  fragment ActivityList on ActivityConnection {\n    totalCount\n    nodes { ...ActivityItem }\n  }\n": typeof types.ActivityListFragmentDoc,
    "\n  fragment ActivityWritten on Activity {\n    ...ActivityItem\n    deal { id nextActivityState nextActivity { id subject dueAt type } }\n  }\n": typeof types.ActivityWrittenFragmentDoc,
    "\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) { ...ActivityWritten }\n  }\n": typeof types.CompleteActivityDocument,
    "\n  mutation ReopenActivity($id: ID!) {\n    reopenActivity(id: $id) { ...ActivityWritten }\n  }\n": typeof types.ReopenActivityDocument,
    "\n  fragment DealNextActivity on Deal {\n    id\n    nextActivityState\n    nextActivity { id subject dueAt type }\n  }\n": typeof types.DealNextActivityFragmentDoc,
    "\n  query CompanyKpis($companyId: ID!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    company(id: $companyId) { id name }\n    financialSeries(companyId: $companyId, from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n    leadEvents(first: 20, where: { companyId: { eq: $companyId } }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id sourceSystem externalId eventType stage status value currency occurredAt deal { id title } }\n    }\n  }\n": typeof types.CompanyKpisDocument,
    "\n  query OrganizationKpis($from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    organizationFinancials(from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n  }\n": typeof types.OrganizationKpisDocument,
    "\n  query OverdueCount {\n    myOpenActivities(overdueOnly: true, first: 1) { totalCount }\n  }\n": typeof types.OverdueCountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken accessTokenExpiresAt refreshToken userId organizationId }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      user { id name email }\n      role\n      organization { id name defaultCurrency }\n      memberships { role organization { id name } }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query BoardFilterOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n": typeof types.BoardFilterOptionsDocument,
    "\n  fragment DealCard on Deal {\n    id\n    version\n    title\n    value\n    currency\n    probability\n    expectedCloseDate\n    daysInStage\n    isRotting\n    status\n    stageId\n    stageEnteredAt\n    closedAt\n    lostReason\n    nextActivityState\n    nextActivity { id subject dueAt type }\n    company { id name }\n    owner { id name }\n    viewerCan { update delete moveDeal }\n  }\n": typeof types.DealCardFragmentDoc,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { ...DealCard pipelineId }\n  }\n": typeof types.CreateDealDocument,
    "\n  query BoardPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault }\n    }\n  }\n": typeof types.BoardPipelinesDocument,
    "\n  query Board($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) {\n      count\n      totals { currency count value weightedValue }\n      columns {\n        stage { id name color probability type rottingDays position }\n        count\n        totals { currency count value weightedValue }\n        deals(first: 25) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...DealCard }\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription BoardDealEvents($pipelineId: ID!) {\n    dealEvents(pipelineId: $pipelineId) { action dealId at }\n  }\n": typeof types.BoardDealEventsDocument,
    "\n  query BoardColumnPage($where: DealWhere!, $after: String!, $first: Int!) {\n    deals(where: $where, after: $after, first: $first, orderBy: [{ field: POSITION, direction: ASC }]) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DealCard }\n    }\n  }\n": typeof types.BoardColumnPageDocument,
    "\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { ...DealCard }\n  }\n": typeof types.MoveDealDocument,
    "\n  query DealCardRefresh($id: ID!) {\n    deal(id: $id) { ...DealCard }\n  }\n": typeof types.DealCardRefreshDocument,
    "\n  query Products($where: ProductWhere, $orderBy: [ProductOrderBy!], $first: Int, $after: String) {\n    products(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name sku category price currency stockQuantity lowStockThreshold isActive }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  fragment ProductFields on Product {\n    id version name sku description category price currency cost stockQuantity lowStockThreshold isActive createdAt\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      inventoryAdjustments(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        totalCount\n        nodes { id reason previousQuantity adjustmentQuantity newQuantity notes createdAt }\n      }\n    }\n  }\n": typeof types.ProductDetailDocument,
    "\n  mutation UpdateProductInline($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProductFields }\n  }\n": typeof types.UpdateProductInlineDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) { id deletedAt }\n  }\n": typeof types.DeleteProductDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    version\n    name\n    industry\n    status\n    size\n    revenue\n    employeeCount\n    website\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    country\n    notes\n    updatedAt\n    owner { id name }\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { ...CompanyFields }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  query CompanyPicker($search: String!) {\n    companies(first: 8, where: { search: $search }) { nodes { id name industry } }\n  }\n": typeof types.CompanyPickerDocument,
    "\n  query Companies($where: CompanyWhere, $orderBy: [CompanyOrderBy!], $first: Int, $after: String) {\n    companies(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry status size revenue employeeCount city country updatedAt owner { id name } }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      contacts(first: 50) {\n        totalCount\n        nodes { id firstName lastName jobTitle email phone isPrimary }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n": typeof types.CompanyDetailDocument,
    "\n  mutation UpdateCompanyInline($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n": typeof types.UpdateCompanyInlineDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id) { id deletedAt }\n  }\n": typeof types.DeleteCompanyDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    version\n    firstName\n    lastName\n    email\n    phone\n    mobile\n    jobTitle\n    isPrimary\n    preferredContactMethod\n    linkedinUrl\n    city\n    country\n    notes\n    updatedAt\n    company { id name }\n    owner { id name }\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { ...ContactFields }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n": typeof types.UpdateContactDocument,
    "\n  query ContactPicker($where: ContactWhere!) {\n    contacts(first: 8, where: $where) { nodes { id firstName lastName email company { id name } } }\n  }\n": typeof types.ContactPickerDocument,
    "\n  query Contacts($where: ContactWhere, $orderBy: [ContactOrderBy!], $first: Int, $after: String) {\n    contacts(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id firstName lastName email phone jobTitle isPrimary updatedAt company { id name } owner { id name } }\n    }\n  }\n": typeof types.ContactsDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n      ...ContactLoyalty\n      ...ContactOrders\n    }\n  }\n": typeof types.ContactDetailDocument,
    "\n  mutation UpdateContactInline($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n": typeof types.UpdateContactInlineDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) { id deletedAt }\n  }\n": typeof types.DeleteContactDocument,
    "\n  fragment ContactLoyalty on Contact {\n    loyaltyAccounts(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {\n      totalCount\n      nodes {\n        id pointsBalance totalEarned totalRedeemed program { id name }\n        events(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) { totalCount nodes { id eventType points balanceAfter description createdAt } }\n      }\n    }\n  }\n": typeof types.ContactLoyaltyFragmentDoc,
    "\n  fragment ContactOrders on Contact {\n    id firstName lastName\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt items { totalCount } }\n    }\n  }\n": typeof types.ContactOrdersFragmentDoc,
    "\n  query Dashboard($pipelineId: ID!, $filter: ReportFilter) {\n    forecast(filter: $filter) { month currency count value weightedValue }\n    funnel(pipelineId: $pipelineId, filter: $filter) { stageId stageName position reached conversionToNext averageDaysInStage }\n    wonLost(by: \"OWNER\", filter: $filter) { key ownerName currency wonCount wonValue lostCount lostValue winRate }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardOpen($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) { count totals { currency count value weightedValue } }\n  }\n": typeof types.DashboardOpenDocument,
    "\n  query BulkStages($pipelineId: ID!) {\n    pipeline(id: $pipelineId) { id stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n  }\n": typeof types.BulkStagesDocument,
    "\n  mutation BulkUpdateDealOwner($id: ID!, $ownerId: ID, $expectedVersion: Int) {\n    updateDeal(id: $id, input: { ownerId: $ownerId }, expectedVersion: $expectedVersion) { id version owner { id name } }\n  }\n": typeof types.BulkUpdateDealOwnerDocument,
    "\n  mutation BulkMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { id version stageId status stage { id name } }\n  }\n": typeof types.BulkMoveDealDocument,
    "\n  mutation BulkDeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n": typeof types.BulkDeleteDealDocument,
    "\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      ...DealCard\n      description\n      source\n      priority\n      createdAt\n      updatedAt\n      weightedValue\n      effectiveProbability\n      pipelineId\n      contact { id firstName lastName email phone }\n      ...DealProducts\n      pipeline {\n        id\n        name\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type probability color } }\n      }\n      stageChanges(first: 100) {\n        nodes { id createdAt fromStageEnteredAt toStatus fromStage { id name } toStage { id name } changedBy { id name } }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n": typeof types.DealDetailDocument,
    "\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!, $expectedVersion: Int) {\n    updateDeal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DealCard\n      contact { id firstName lastName email phone }\n      description\n      source\n      priority\n      updatedAt\n      weightedValue\n      effectiveProbability\n    }\n  }\n": typeof types.UpdateDealDocument,
    "\n  mutation DeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n": typeof types.DeleteDealDocument,
    "\n  fragment DealProducts on Deal {\n    id version value currency\n    viewerCan { setDealLineItems }\n    lineItems(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice discountAmount lineTotal product { id name sku } } }\n  }\n": typeof types.DealProductsFragmentDoc,
    "\n  mutation SetDealLineItems($input: SetDealLineItemsInput!) {\n    setDealLineItems(input: $input) { ...DealProducts weightedValue updatedAt }\n  }\n": typeof types.SetDealLineItemsDocument,
    "\n  query DealProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency } }\n  }\n": typeof types.DealProductPickerDocument,
    "\n  query PipelineStagesForMove {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n": typeof types.PipelineStagesForMoveDocument,
    "\n  mutation MoveDealToPipeline($input: MoveDealToPipelineInput!) {\n    moveDealToPipeline(input: $input) { id version stageId status pipeline { id name } }\n  }\n": typeof types.MoveDealToPipelineDocument,
    "\n  query DefaultPipelineStages {\n    pipelines(first: 20, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n": typeof types.DefaultPipelineStagesDocument,
    "\n  query DealsList($where: DealWhere, $orderBy: [DealOrderBy!], $first: Int, $after: String) {\n    deals(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id version title value currency status expectedCloseDate updatedAt pipelineId stage { id name } owner { id name } company { id name } viewerCan { update delete moveDeal } }\n    }\n  }\n": typeof types.DealsListDocument,
    "\n  fragment RelatedDeals on DealConnection {\n    totalCount\n    nodes { id title value currency status expectedCloseDate stage { id name } owner { id name } company { id name } }\n  }\n": typeof types.RelatedDealsFragmentDoc,
    "\n  query OrderProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency stockQuantity } }\n  }\n": typeof types.OrderProductPickerDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { ...OrderDetail }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation ChangeOrderStatus($input: ChangeOrderStatusInput!) {\n    changeOrderStatus(input: $input) { ...OrderDetail }\n  }\n": typeof types.ChangeOrderStatusDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { ...OrderDetail }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { ...OrderDetail }\n  }\n": typeof types.RefundPaymentDocument,
    "\n  query Orders($where: OrderWhere, $orderBy: [OrderOrderBy!], $first: Int, $after: String) {\n    orders(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt customer { id firstName lastName } }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  fragment OrderDetail on Order {\n    id version orderNumber status nextStatuses currency subtotalAmount discountAmount taxAmount totalAmount amountPaid balanceDue paidAt notes createdAt\n    customer { id firstName lastName }\n    createdBy { id name }\n    viewerCan { changeOrderStatus recordPayment refundPayment }\n    items(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice lineTotal currency product { id name sku } } }\n    payments(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id amount refundedAmount currency paymentMethod status createdAt } }\n    deliveries(first: 1) { totalCount nodes { id recipientName deliveryMethod status trackingNumber estimatedDelivery actualDelivery } }\n  }\n": typeof types.OrderDetailFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) { ...OrderDetail }\n  }\n": typeof types.OrderDetailDocument,
    "\n  fragment DocumentEditorFields on Document {\n    id version title content type status revision updatedAt\n    author { id name }\n    viewerCan { update restoreDocumentVersion }\n  }\n": typeof types.DocumentEditorFieldsFragmentDoc,
    "\n  query DocumentEditor($id: ID!) {\n    document(id: $id) {\n      ...DocumentEditorFields\n      versions(first: 100, orderBy: [{ field: REVISION, direction: DESC }]) {\n        totalCount\n        nodes { id revision title createdAt author { id name } }\n      }\n    }\n  }\n": typeof types.DocumentEditorDocument,
    "\n  query DocumentVersion($documentId: ID!, $revision: Int!) {\n    documentVersions(first: 1, where: { documentId: { eq: $documentId }, revision: { eq: $revision } }) {\n      nodes { id revision title content createdAt author { id name } }\n    }\n  }\n": typeof types.DocumentVersionDocument,
    "\n  mutation SaveDocument($id: ID!, $input: UpdateDocumentInput!, $expectedVersion: Int) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DocumentEditorFields }\n  }\n": typeof types.SaveDocumentDocument,
    "\n  mutation RestoreDocumentVersion($documentId: ID!, $revision: Int!) {\n    restoreDocumentVersion(documentId: $documentId, revision: $revision) { ...DocumentEditorFields }\n  }\n": typeof types.RestoreDocumentVersionDocument,
    "\n  fragment IdeaCard on Idea {\n    id title status riceScore iceScore wsjfScore version\n    demand { customers }\n  }\n": typeof types.IdeaCardFragmentDoc,
    "\n  query IdeasBoard($roadmapId: ID!, $orderBy: [IdeaOrderBy!]) {\n    ideas(first: 200, where: { roadmapId: { eq: $roadmapId } }, orderBy: $orderBy) {\n      totalCount\n      nodes { ...IdeaCard }\n    }\n  }\n": typeof types.IdeasBoardDocument,
    "\n  mutation ChangeIdeaStatus($id: ID!, $status: IdeaStatus!, $expectedVersion: Int) {\n    changeIdeaStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ...IdeaCard }\n  }\n": typeof types.ChangeIdeaStatusDocument,
    "\n  query Okrs($roadmapId: ID!) {\n    okrs(first: 50, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: QUARTER, direction: DESC }, { field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes {\n        id title description quarter status progress\n        owner { id name }\n        keyResults(first: 50, orderBy: [{ field: TITLE, direction: ASC }]) {\n          totalCount\n          nodes { id title unit startValue targetValue currentValue progress version viewerCan { updateKeyResultProgress } }\n        }\n      }\n    }\n  }\n": typeof types.OkrsDocument,
    "\n  mutation UpdateKeyResultProgress($id: ID!, $currentValue: Float!) {\n    updateKeyResultProgress(id: $id, currentValue: $currentValue) {\n      id currentValue progress version\n      okr { id progress }\n    }\n  }\n": typeof types.UpdateKeyResultProgressDocument,
    "\n  fragment RoadmapFeature on Feature {\n    id title status priority version\n    epic { id title status }\n    viewerCan { moveFeatureToRelease }\n  }\n": typeof types.RoadmapFeatureFragmentDoc,
    "\n  query RoadmapView($roadmapId: ID!) {\n    # 30 releases of 100 features each keep the query within the server's cost limit.\n    releases(first: 30, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: TARGET_DATE, direction: ASC }, { field: NAME, direction: ASC }]) {\n      nodes {\n        id name versionNumber status targetDate\n        featureLinks(first: 100) { totalCount nodes { id feature { ...RoadmapFeature } } }\n      }\n    }\n    unscheduled: features(first: 200, where: { roadmapId: { eq: $roadmapId }, releaseLinks: { none: {} } }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes { ...RoadmapFeature }\n    }\n  }\n": typeof types.RoadmapViewDocument,
    "\n  mutation MoveFeatureToRelease($featureId: ID!, $fromReleaseId: ID, $toReleaseId: ID) {\n    moveFeatureToRelease(featureId: $featureId, fromReleaseId: $fromReleaseId, toReleaseId: $toReleaseId) { id version }\n  }\n": typeof types.MoveFeatureToReleaseDocument,
    "\n  query Documents($where: DocumentWhere, $orderBy: [DocumentOrderBy!], $first: Int, $after: String) {\n    documents(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title type status revision updatedAt author { id name } }\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { id title revision }\n  }\n": typeof types.CreateDocumentDocument,
    "\n  query IdeaRoadmaps {\n    roadmaps(first: 50) { nodes { id name key } }\n  }\n": typeof types.IdeaRoadmapsDocument,
    "\n  query RecordHistory($where: AuditLogWhere) {\n    auditLogs(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes { id action createdAt oldValues newValues actor { id name } }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query ImportStages {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n": typeof types.ImportStagesDocument,
    "\n  query GlobalSearch($query: String!) {\n    search(query: $query, first: 12) { id type title subtitle rank }\n  }\n": typeof types.GlobalSearchDocument,
    "\n  query SettingsApiKeys {\n    apiKeys(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id name prefix role createdAt lastUsedAt expiresAt revokedAt registeredOperationsOnly createdBy { id name } } }\n  }\n": typeof types.SettingsApiKeysDocument,
    "\n  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix } } }\n": typeof types.SettingsCreateApiKeyDocument,
    "mutation SettingsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": typeof types.SettingsRevokeApiKeyDocument,
    "\n  query SettingsCustomFields {\n    customFieldDefinitions(first: 200) { nodes { id entityType key label type options required position } }\n  }\n": typeof types.SettingsCustomFieldsDocument,
    "\n  mutation SettingsCreateCustomField($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id key } }\n": typeof types.SettingsCreateCustomFieldDocument,
    "\n  mutation SettingsDeleteCustomField($id: ID!) { deleteCustomFieldDefinition(id: $id) { id deletedAt } }\n": typeof types.SettingsDeleteCustomFieldDocument,
    "\n  query SettingsIntegrations {\n    integrations(first: 100) { nodes { id provider account scopes status hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 lastSyncAt lastError } }\n  }\n": typeof types.SettingsIntegrationsDocument,
    "\n  mutation SettingsCreateIntegration($input: CreateIntegrationInput!) { createIntegration(input: $input) { id provider status hasAccessToken accessTokenLast4 } }\n": typeof types.SettingsCreateIntegrationDocument,
    "\n  mutation SettingsUpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { id hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 } }\n": typeof types.SettingsUpdateIntegrationDocument,
    "mutation SettingsDeleteIntegration($id: ID!) { deleteIntegration(id: $id) { id } }": typeof types.SettingsDeleteIntegrationDocument,
    "\n  query SettingsMembers {\n    memberships(first: 200) { nodes { id role userId teamId user { id name email } team { id name } } }\n    invitations(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id email role createdAt expiresAt acceptedAt revokedAt } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n": typeof types.SettingsMembersDocument,
    "\n  mutation SettingsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }\n": typeof types.SettingsInviteDocument,
    "\n  mutation SettingsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }\n": typeof types.SettingsRevokeInvitationDocument,
    "\n  mutation SettingsChangeRole($userId: ID!, $role: Role!) { changeMemberRole(userId: $userId, role: $role) { id role } }\n": typeof types.SettingsChangeRoleDocument,
    "\n  mutation SettingsSetTeam($userId: ID!, $teamId: ID) { setMemberTeam(userId: $userId, teamId: $teamId) { id teamId team { id name } } }\n": typeof types.SettingsSetTeamDocument,
    "\n  mutation SettingsRemoveMember($userId: ID!) { removeMember(userId: $userId) { id } }\n": typeof types.SettingsRemoveMemberDocument,
    "\n  query SettingsOrganization { organization { id name defaultCurrency industry settings } }\n": typeof types.SettingsOrganizationDocument,
    "\n  mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name defaultCurrency industry settings } }\n": typeof types.SettingsUpdateOrganizationDocument,
    "\n  query SettingsPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes {\n        id name isDefault position version\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n          nodes { id name position probability color type rottingDays version }\n        }\n      }\n    }\n  }\n": typeof types.SettingsPipelinesDocument,
    "\n  mutation SettingsCreatePipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { id name } }\n": typeof types.SettingsCreatePipelineDocument,
    "\n  mutation SettingsCreateStage($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name } }\n": typeof types.SettingsCreateStageDocument,
    "\n  mutation SettingsUpdateStage($id: ID!, $input: UpdatePipelineStageInput!, $expectedVersion: Int) {\n    updatePipelineStage(id: $id, input: $input, expectedVersion: $expectedVersion) { id name position probability color type rottingDays version }\n  }\n": typeof types.SettingsUpdateStageDocument,
    "\n  mutation SettingsDeleteStage($id: ID!) { deletePipelineStage(id: $id) { id deletedAt } }\n": typeof types.SettingsDeleteStageDocument,
    "\n  query SettingsTeams {\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name description version memberships(first: 1) { totalCount } } }\n  }\n": typeof types.SettingsTeamsDocument,
    "mutation SettingsCreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name } }": typeof types.SettingsCreateTeamDocument,
    "\n  mutation SettingsUpdateTeam($id: ID!, $input: UpdateTeamInput!, $expectedVersion: Int) { updateTeam(id: $id, input: $input, expectedVersion: $expectedVersion) { id name description version } }\n": typeof types.SettingsUpdateTeamDocument,
    "mutation SettingsDeleteTeam($id: ID!) { deleteTeam(id: $id) { id deletedAt } }": typeof types.SettingsDeleteTeamDocument,
    "\n  query SettingsTrash {\n    companies(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id name deletedAt } }\n    contacts(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id firstName lastName deletedAt } }\n    deals(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id title deletedAt } }\n    pipelineStages(first: 200, withDeleted: true) { nodes { id name deletedAt pipeline { id name } } }\n    teams(first: 100, withDeleted: true) { nodes { id name deletedAt } }\n  }\n": typeof types.SettingsTrashDocument,
    "mutation TrashRestoreCompany($id: ID!) { restoreCompany(id: $id) { id deletedAt } }": typeof types.TrashRestoreCompanyDocument,
    "mutation TrashRestoreContact($id: ID!) { restoreContact(id: $id) { id deletedAt } }": typeof types.TrashRestoreContactDocument,
    "mutation TrashRestoreDeal($id: ID!) { restoreDeal(id: $id) { id deletedAt } }": typeof types.TrashRestoreDealDocument,
    "mutation TrashRestoreStage($id: ID!) { restorePipelineStage(id: $id) { id deletedAt } }": typeof types.TrashRestoreStageDocument,
    "mutation TrashRestoreTeam($id: ID!) { restoreTeam(id: $id) { id deletedAt } }": typeof types.TrashRestoreTeamDocument,
    "\n  query SettingsWebhooks {\n    webhookSubscriptions(first: 100) { nodes { id url eventTypes description active secretHint createdAt } }\n    webhookDeliveries(first: 50) { nodes { id eventType status responseCode attempts nextTryAt lastError deliveredAt createdAt subscription { id url } } }\n  }\n": typeof types.SettingsWebhooksDocument,
    "\n  mutation SettingsCreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url } } }\n": typeof types.SettingsCreateWebhookDocument,
    "\n  mutation SettingsUpdateWebhook($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id active } }\n": typeof types.SettingsUpdateWebhookDocument,
    "mutation SettingsRotateWebhook($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id url secretHint } } }": typeof types.SettingsRotateWebhookDocument,
    "mutation SettingsTestWebhook($id: ID!) { testWebhook(id: $id) { id } }": typeof types.SettingsTestWebhookDocument,
    "mutation SettingsDeleteWebhook($id: ID!) { deleteWebhookSubscription(id: $id) { id } }": typeof types.SettingsDeleteWebhookDocument,
    "mutation SettingsRedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status } }": typeof types.SettingsRedeliverWebhookDocument,
};
const documents: Documents = {
    "\n  query MyActivities {\n    overdue: myOpenActivities(overdueOnly: true, first: 100) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n    open: myOpenActivities(first: 200) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ActivityItem }\n    }\n  }\n": types.MyActivitiesDocument,
    "\n  query TeamActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n": types.TeamActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...ActivityWritten }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!, $expectedVersion: Int) {\n    updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ActivityWritten }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) { id deletedAt }\n  }\n": types.DeleteActivityDocument,
    "\n  query WeekActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n": types.WeekActivitiesDocument,
    "\n  fragment ActivityItem on Activity {\n    id\n    version\n    type\n    subject\n    description\n    status\n    dueAt\n    completedAt\n    durationMinutes\n    outcome\n    priority\n    createdAt\n    assignedTo { id name }\n    deal { id title }\n    company { id name }\n    contact { id firstName lastName }\n    viewerCan { update delete }\n  }\n": types.ActivityItemFragmentDoc,
    "\n  fragment ActivityList on ActivityConnection {\n    totalCount\n    nodes { ...ActivityItem }\n  }\n": types.ActivityListFragmentDoc,
    "\n  fragment ActivityWritten on Activity {\n    ...ActivityItem\n    deal { id nextActivityState nextActivity { id subject dueAt type } }\n  }\n": types.ActivityWrittenFragmentDoc,
    "\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) { ...ActivityWritten }\n  }\n": types.CompleteActivityDocument,
    "\n  mutation ReopenActivity($id: ID!) {\n    reopenActivity(id: $id) { ...ActivityWritten }\n  }\n": types.ReopenActivityDocument,
    "\n  fragment DealNextActivity on Deal {\n    id\n    nextActivityState\n    nextActivity { id subject dueAt type }\n  }\n": types.DealNextActivityFragmentDoc,
    "\n  query CompanyKpis($companyId: ID!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    company(id: $companyId) { id name }\n    financialSeries(companyId: $companyId, from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n    leadEvents(first: 20, where: { companyId: { eq: $companyId } }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id sourceSystem externalId eventType stage status value currency occurredAt deal { id title } }\n    }\n  }\n": types.CompanyKpisDocument,
    "\n  query OrganizationKpis($from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    organizationFinancials(from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n  }\n": types.OrganizationKpisDocument,
    "\n  query OverdueCount {\n    myOpenActivities(overdueOnly: true, first: 1) { totalCount }\n  }\n": types.OverdueCountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken accessTokenExpiresAt refreshToken userId organizationId }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n": types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      user { id name email }\n      role\n      organization { id name defaultCurrency }\n      memberships { role organization { id name } }\n    }\n  }\n": types.ViewerDocument,
    "\n  query BoardFilterOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n": types.BoardFilterOptionsDocument,
    "\n  fragment DealCard on Deal {\n    id\n    version\n    title\n    value\n    currency\n    probability\n    expectedCloseDate\n    daysInStage\n    isRotting\n    status\n    stageId\n    stageEnteredAt\n    closedAt\n    lostReason\n    nextActivityState\n    nextActivity { id subject dueAt type }\n    company { id name }\n    owner { id name }\n    viewerCan { update delete moveDeal }\n  }\n": types.DealCardFragmentDoc,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { ...DealCard pipelineId }\n  }\n": types.CreateDealDocument,
    "\n  query BoardPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault }\n    }\n  }\n": types.BoardPipelinesDocument,
    "\n  query Board($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) {\n      count\n      totals { currency count value weightedValue }\n      columns {\n        stage { id name color probability type rottingDays position }\n        count\n        totals { currency count value weightedValue }\n        deals(first: 25) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...DealCard }\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  subscription BoardDealEvents($pipelineId: ID!) {\n    dealEvents(pipelineId: $pipelineId) { action dealId at }\n  }\n": types.BoardDealEventsDocument,
    "\n  query BoardColumnPage($where: DealWhere!, $after: String!, $first: Int!) {\n    deals(where: $where, after: $after, first: $first, orderBy: [{ field: POSITION, direction: ASC }]) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DealCard }\n    }\n  }\n": types.BoardColumnPageDocument,
    "\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { ...DealCard }\n  }\n": types.MoveDealDocument,
    "\n  query DealCardRefresh($id: ID!) {\n    deal(id: $id) { ...DealCard }\n  }\n": types.DealCardRefreshDocument,
    "\n  query Products($where: ProductWhere, $orderBy: [ProductOrderBy!], $first: Int, $after: String) {\n    products(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name sku category price currency stockQuantity lowStockThreshold isActive }\n    }\n  }\n": types.ProductsDocument,
    "\n  fragment ProductFields on Product {\n    id version name sku description category price currency cost stockQuantity lowStockThreshold isActive createdAt\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      inventoryAdjustments(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        totalCount\n        nodes { id reason previousQuantity adjustmentQuantity newQuantity notes createdAt }\n      }\n    }\n  }\n": types.ProductDetailDocument,
    "\n  mutation UpdateProductInline($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProductFields }\n  }\n": types.UpdateProductInlineDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) { id deletedAt }\n  }\n": types.DeleteProductDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    version\n    name\n    industry\n    status\n    size\n    revenue\n    employeeCount\n    website\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    country\n    notes\n    updatedAt\n    owner { id name }\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { ...CompanyFields }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n": types.UpdateCompanyDocument,
    "\n  query CompanyPicker($search: String!) {\n    companies(first: 8, where: { search: $search }) { nodes { id name industry } }\n  }\n": types.CompanyPickerDocument,
    "\n  query Companies($where: CompanyWhere, $orderBy: [CompanyOrderBy!], $first: Int, $after: String) {\n    companies(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry status size revenue employeeCount city country updatedAt owner { id name } }\n    }\n  }\n": types.CompaniesDocument,
    "\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      contacts(first: 50) {\n        totalCount\n        nodes { id firstName lastName jobTitle email phone isPrimary }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n": types.CompanyDetailDocument,
    "\n  mutation UpdateCompanyInline($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n": types.UpdateCompanyInlineDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id) { id deletedAt }\n  }\n": types.DeleteCompanyDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    version\n    firstName\n    lastName\n    email\n    phone\n    mobile\n    jobTitle\n    isPrimary\n    preferredContactMethod\n    linkedinUrl\n    city\n    country\n    notes\n    updatedAt\n    company { id name }\n    owner { id name }\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { ...ContactFields }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n": types.UpdateContactDocument,
    "\n  query ContactPicker($where: ContactWhere!) {\n    contacts(first: 8, where: $where) { nodes { id firstName lastName email company { id name } } }\n  }\n": types.ContactPickerDocument,
    "\n  query Contacts($where: ContactWhere, $orderBy: [ContactOrderBy!], $first: Int, $after: String) {\n    contacts(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id firstName lastName email phone jobTitle isPrimary updatedAt company { id name } owner { id name } }\n    }\n  }\n": types.ContactsDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n      ...ContactLoyalty\n      ...ContactOrders\n    }\n  }\n": types.ContactDetailDocument,
    "\n  mutation UpdateContactInline($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n": types.UpdateContactInlineDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) { id deletedAt }\n  }\n": types.DeleteContactDocument,
    "\n  fragment ContactLoyalty on Contact {\n    loyaltyAccounts(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {\n      totalCount\n      nodes {\n        id pointsBalance totalEarned totalRedeemed program { id name }\n        events(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) { totalCount nodes { id eventType points balanceAfter description createdAt } }\n      }\n    }\n  }\n": types.ContactLoyaltyFragmentDoc,
    "\n  fragment ContactOrders on Contact {\n    id firstName lastName\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt items { totalCount } }\n    }\n  }\n": types.ContactOrdersFragmentDoc,
    "\n  query Dashboard($pipelineId: ID!, $filter: ReportFilter) {\n    forecast(filter: $filter) { month currency count value weightedValue }\n    funnel(pipelineId: $pipelineId, filter: $filter) { stageId stageName position reached conversionToNext averageDaysInStage }\n    wonLost(by: \"OWNER\", filter: $filter) { key ownerName currency wonCount wonValue lostCount lostValue winRate }\n  }\n": types.DashboardDocument,
    "\n  query DashboardOpen($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) { count totals { currency count value weightedValue } }\n  }\n": types.DashboardOpenDocument,
    "\n  query BulkStages($pipelineId: ID!) {\n    pipeline(id: $pipelineId) { id stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n  }\n": types.BulkStagesDocument,
    "\n  mutation BulkUpdateDealOwner($id: ID!, $ownerId: ID, $expectedVersion: Int) {\n    updateDeal(id: $id, input: { ownerId: $ownerId }, expectedVersion: $expectedVersion) { id version owner { id name } }\n  }\n": types.BulkUpdateDealOwnerDocument,
    "\n  mutation BulkMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { id version stageId status stage { id name } }\n  }\n": types.BulkMoveDealDocument,
    "\n  mutation BulkDeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n": types.BulkDeleteDealDocument,
    "\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      ...DealCard\n      description\n      source\n      priority\n      createdAt\n      updatedAt\n      weightedValue\n      effectiveProbability\n      pipelineId\n      contact { id firstName lastName email phone }\n      ...DealProducts\n      pipeline {\n        id\n        name\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type probability color } }\n      }\n      stageChanges(first: 100) {\n        nodes { id createdAt fromStageEnteredAt toStatus fromStage { id name } toStage { id name } changedBy { id name } }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n": types.DealDetailDocument,
    "\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!, $expectedVersion: Int) {\n    updateDeal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DealCard\n      contact { id firstName lastName email phone }\n      description\n      source\n      priority\n      updatedAt\n      weightedValue\n      effectiveProbability\n    }\n  }\n": types.UpdateDealDocument,
    "\n  mutation DeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n": types.DeleteDealDocument,
    "\n  fragment DealProducts on Deal {\n    id version value currency\n    viewerCan { setDealLineItems }\n    lineItems(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice discountAmount lineTotal product { id name sku } } }\n  }\n": types.DealProductsFragmentDoc,
    "\n  mutation SetDealLineItems($input: SetDealLineItemsInput!) {\n    setDealLineItems(input: $input) { ...DealProducts weightedValue updatedAt }\n  }\n": types.SetDealLineItemsDocument,
    "\n  query DealProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency } }\n  }\n": types.DealProductPickerDocument,
    "\n  query PipelineStagesForMove {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n": types.PipelineStagesForMoveDocument,
    "\n  mutation MoveDealToPipeline($input: MoveDealToPipelineInput!) {\n    moveDealToPipeline(input: $input) { id version stageId status pipeline { id name } }\n  }\n": types.MoveDealToPipelineDocument,
    "\n  query DefaultPipelineStages {\n    pipelines(first: 20, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n": types.DefaultPipelineStagesDocument,
    "\n  query DealsList($where: DealWhere, $orderBy: [DealOrderBy!], $first: Int, $after: String) {\n    deals(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id version title value currency status expectedCloseDate updatedAt pipelineId stage { id name } owner { id name } company { id name } viewerCan { update delete moveDeal } }\n    }\n  }\n": types.DealsListDocument,
    "\n  fragment RelatedDeals on DealConnection {\n    totalCount\n    nodes { id title value currency status expectedCloseDate stage { id name } owner { id name } company { id name } }\n  }\n": types.RelatedDealsFragmentDoc,
    "\n  query OrderProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency stockQuantity } }\n  }\n": types.OrderProductPickerDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { ...OrderDetail }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation ChangeOrderStatus($input: ChangeOrderStatusInput!) {\n    changeOrderStatus(input: $input) { ...OrderDetail }\n  }\n": types.ChangeOrderStatusDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { ...OrderDetail }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { ...OrderDetail }\n  }\n": types.RefundPaymentDocument,
    "\n  query Orders($where: OrderWhere, $orderBy: [OrderOrderBy!], $first: Int, $after: String) {\n    orders(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt customer { id firstName lastName } }\n    }\n  }\n": types.OrdersDocument,
    "\n  fragment OrderDetail on Order {\n    id version orderNumber status nextStatuses currency subtotalAmount discountAmount taxAmount totalAmount amountPaid balanceDue paidAt notes createdAt\n    customer { id firstName lastName }\n    createdBy { id name }\n    viewerCan { changeOrderStatus recordPayment refundPayment }\n    items(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice lineTotal currency product { id name sku } } }\n    payments(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id amount refundedAmount currency paymentMethod status createdAt } }\n    deliveries(first: 1) { totalCount nodes { id recipientName deliveryMethod status trackingNumber estimatedDelivery actualDelivery } }\n  }\n": types.OrderDetailFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) { ...OrderDetail }\n  }\n": types.OrderDetailDocument,
    "\n  fragment DocumentEditorFields on Document {\n    id version title content type status revision updatedAt\n    author { id name }\n    viewerCan { update restoreDocumentVersion }\n  }\n": types.DocumentEditorFieldsFragmentDoc,
    "\n  query DocumentEditor($id: ID!) {\n    document(id: $id) {\n      ...DocumentEditorFields\n      versions(first: 100, orderBy: [{ field: REVISION, direction: DESC }]) {\n        totalCount\n        nodes { id revision title createdAt author { id name } }\n      }\n    }\n  }\n": types.DocumentEditorDocument,
    "\n  query DocumentVersion($documentId: ID!, $revision: Int!) {\n    documentVersions(first: 1, where: { documentId: { eq: $documentId }, revision: { eq: $revision } }) {\n      nodes { id revision title content createdAt author { id name } }\n    }\n  }\n": types.DocumentVersionDocument,
    "\n  mutation SaveDocument($id: ID!, $input: UpdateDocumentInput!, $expectedVersion: Int) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DocumentEditorFields }\n  }\n": types.SaveDocumentDocument,
    "\n  mutation RestoreDocumentVersion($documentId: ID!, $revision: Int!) {\n    restoreDocumentVersion(documentId: $documentId, revision: $revision) { ...DocumentEditorFields }\n  }\n": types.RestoreDocumentVersionDocument,
    "\n  fragment IdeaCard on Idea {\n    id title status riceScore iceScore wsjfScore version\n    demand { customers }\n  }\n": types.IdeaCardFragmentDoc,
    "\n  query IdeasBoard($roadmapId: ID!, $orderBy: [IdeaOrderBy!]) {\n    ideas(first: 200, where: { roadmapId: { eq: $roadmapId } }, orderBy: $orderBy) {\n      totalCount\n      nodes { ...IdeaCard }\n    }\n  }\n": types.IdeasBoardDocument,
    "\n  mutation ChangeIdeaStatus($id: ID!, $status: IdeaStatus!, $expectedVersion: Int) {\n    changeIdeaStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ...IdeaCard }\n  }\n": types.ChangeIdeaStatusDocument,
    "\n  query Okrs($roadmapId: ID!) {\n    okrs(first: 50, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: QUARTER, direction: DESC }, { field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes {\n        id title description quarter status progress\n        owner { id name }\n        keyResults(first: 50, orderBy: [{ field: TITLE, direction: ASC }]) {\n          totalCount\n          nodes { id title unit startValue targetValue currentValue progress version viewerCan { updateKeyResultProgress } }\n        }\n      }\n    }\n  }\n": types.OkrsDocument,
    "\n  mutation UpdateKeyResultProgress($id: ID!, $currentValue: Float!) {\n    updateKeyResultProgress(id: $id, currentValue: $currentValue) {\n      id currentValue progress version\n      okr { id progress }\n    }\n  }\n": types.UpdateKeyResultProgressDocument,
    "\n  fragment RoadmapFeature on Feature {\n    id title status priority version\n    epic { id title status }\n    viewerCan { moveFeatureToRelease }\n  }\n": types.RoadmapFeatureFragmentDoc,
    "\n  query RoadmapView($roadmapId: ID!) {\n    # 30 releases of 100 features each keep the query within the server's cost limit.\n    releases(first: 30, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: TARGET_DATE, direction: ASC }, { field: NAME, direction: ASC }]) {\n      nodes {\n        id name versionNumber status targetDate\n        featureLinks(first: 100) { totalCount nodes { id feature { ...RoadmapFeature } } }\n      }\n    }\n    unscheduled: features(first: 200, where: { roadmapId: { eq: $roadmapId }, releaseLinks: { none: {} } }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes { ...RoadmapFeature }\n    }\n  }\n": types.RoadmapViewDocument,
    "\n  mutation MoveFeatureToRelease($featureId: ID!, $fromReleaseId: ID, $toReleaseId: ID) {\n    moveFeatureToRelease(featureId: $featureId, fromReleaseId: $fromReleaseId, toReleaseId: $toReleaseId) { id version }\n  }\n": types.MoveFeatureToReleaseDocument,
    "\n  query Documents($where: DocumentWhere, $orderBy: [DocumentOrderBy!], $first: Int, $after: String) {\n    documents(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title type status revision updatedAt author { id name } }\n    }\n  }\n": types.DocumentsDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { id title revision }\n  }\n": types.CreateDocumentDocument,
    "\n  query IdeaRoadmaps {\n    roadmaps(first: 50) { nodes { id name key } }\n  }\n": types.IdeaRoadmapsDocument,
    "\n  query RecordHistory($where: AuditLogWhere) {\n    auditLogs(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes { id action createdAt oldValues newValues actor { id name } }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query ImportStages {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n": types.ImportStagesDocument,
    "\n  query GlobalSearch($query: String!) {\n    search(query: $query, first: 12) { id type title subtitle rank }\n  }\n": types.GlobalSearchDocument,
    "\n  query SettingsApiKeys {\n    apiKeys(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id name prefix role createdAt lastUsedAt expiresAt revokedAt registeredOperationsOnly createdBy { id name } } }\n  }\n": types.SettingsApiKeysDocument,
    "\n  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix } } }\n": types.SettingsCreateApiKeyDocument,
    "mutation SettingsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": types.SettingsRevokeApiKeyDocument,
    "\n  query SettingsCustomFields {\n    customFieldDefinitions(first: 200) { nodes { id entityType key label type options required position } }\n  }\n": types.SettingsCustomFieldsDocument,
    "\n  mutation SettingsCreateCustomField($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id key } }\n": types.SettingsCreateCustomFieldDocument,
    "\n  mutation SettingsDeleteCustomField($id: ID!) { deleteCustomFieldDefinition(id: $id) { id deletedAt } }\n": types.SettingsDeleteCustomFieldDocument,
    "\n  query SettingsIntegrations {\n    integrations(first: 100) { nodes { id provider account scopes status hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 lastSyncAt lastError } }\n  }\n": types.SettingsIntegrationsDocument,
    "\n  mutation SettingsCreateIntegration($input: CreateIntegrationInput!) { createIntegration(input: $input) { id provider status hasAccessToken accessTokenLast4 } }\n": types.SettingsCreateIntegrationDocument,
    "\n  mutation SettingsUpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { id hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 } }\n": types.SettingsUpdateIntegrationDocument,
    "mutation SettingsDeleteIntegration($id: ID!) { deleteIntegration(id: $id) { id } }": types.SettingsDeleteIntegrationDocument,
    "\n  query SettingsMembers {\n    memberships(first: 200) { nodes { id role userId teamId user { id name email } team { id name } } }\n    invitations(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id email role createdAt expiresAt acceptedAt revokedAt } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n": types.SettingsMembersDocument,
    "\n  mutation SettingsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }\n": types.SettingsInviteDocument,
    "\n  mutation SettingsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }\n": types.SettingsRevokeInvitationDocument,
    "\n  mutation SettingsChangeRole($userId: ID!, $role: Role!) { changeMemberRole(userId: $userId, role: $role) { id role } }\n": types.SettingsChangeRoleDocument,
    "\n  mutation SettingsSetTeam($userId: ID!, $teamId: ID) { setMemberTeam(userId: $userId, teamId: $teamId) { id teamId team { id name } } }\n": types.SettingsSetTeamDocument,
    "\n  mutation SettingsRemoveMember($userId: ID!) { removeMember(userId: $userId) { id } }\n": types.SettingsRemoveMemberDocument,
    "\n  query SettingsOrganization { organization { id name defaultCurrency industry settings } }\n": types.SettingsOrganizationDocument,
    "\n  mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name defaultCurrency industry settings } }\n": types.SettingsUpdateOrganizationDocument,
    "\n  query SettingsPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes {\n        id name isDefault position version\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n          nodes { id name position probability color type rottingDays version }\n        }\n      }\n    }\n  }\n": types.SettingsPipelinesDocument,
    "\n  mutation SettingsCreatePipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { id name } }\n": types.SettingsCreatePipelineDocument,
    "\n  mutation SettingsCreateStage($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name } }\n": types.SettingsCreateStageDocument,
    "\n  mutation SettingsUpdateStage($id: ID!, $input: UpdatePipelineStageInput!, $expectedVersion: Int) {\n    updatePipelineStage(id: $id, input: $input, expectedVersion: $expectedVersion) { id name position probability color type rottingDays version }\n  }\n": types.SettingsUpdateStageDocument,
    "\n  mutation SettingsDeleteStage($id: ID!) { deletePipelineStage(id: $id) { id deletedAt } }\n": types.SettingsDeleteStageDocument,
    "\n  query SettingsTeams {\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name description version memberships(first: 1) { totalCount } } }\n  }\n": types.SettingsTeamsDocument,
    "mutation SettingsCreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name } }": types.SettingsCreateTeamDocument,
    "\n  mutation SettingsUpdateTeam($id: ID!, $input: UpdateTeamInput!, $expectedVersion: Int) { updateTeam(id: $id, input: $input, expectedVersion: $expectedVersion) { id name description version } }\n": types.SettingsUpdateTeamDocument,
    "mutation SettingsDeleteTeam($id: ID!) { deleteTeam(id: $id) { id deletedAt } }": types.SettingsDeleteTeamDocument,
    "\n  query SettingsTrash {\n    companies(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id name deletedAt } }\n    contacts(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id firstName lastName deletedAt } }\n    deals(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id title deletedAt } }\n    pipelineStages(first: 200, withDeleted: true) { nodes { id name deletedAt pipeline { id name } } }\n    teams(first: 100, withDeleted: true) { nodes { id name deletedAt } }\n  }\n": types.SettingsTrashDocument,
    "mutation TrashRestoreCompany($id: ID!) { restoreCompany(id: $id) { id deletedAt } }": types.TrashRestoreCompanyDocument,
    "mutation TrashRestoreContact($id: ID!) { restoreContact(id: $id) { id deletedAt } }": types.TrashRestoreContactDocument,
    "mutation TrashRestoreDeal($id: ID!) { restoreDeal(id: $id) { id deletedAt } }": types.TrashRestoreDealDocument,
    "mutation TrashRestoreStage($id: ID!) { restorePipelineStage(id: $id) { id deletedAt } }": types.TrashRestoreStageDocument,
    "mutation TrashRestoreTeam($id: ID!) { restoreTeam(id: $id) { id deletedAt } }": types.TrashRestoreTeamDocument,
    "\n  query SettingsWebhooks {\n    webhookSubscriptions(first: 100) { nodes { id url eventTypes description active secretHint createdAt } }\n    webhookDeliveries(first: 50) { nodes { id eventType status responseCode attempts nextTryAt lastError deliveredAt createdAt subscription { id url } } }\n  }\n": types.SettingsWebhooksDocument,
    "\n  mutation SettingsCreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url } } }\n": types.SettingsCreateWebhookDocument,
    "\n  mutation SettingsUpdateWebhook($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id active } }\n": types.SettingsUpdateWebhookDocument,
    "mutation SettingsRotateWebhook($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id url secretHint } } }": types.SettingsRotateWebhookDocument,
    "mutation SettingsTestWebhook($id: ID!) { testWebhook(id: $id) { id } }": types.SettingsTestWebhookDocument,
    "mutation SettingsDeleteWebhook($id: ID!) { deleteWebhookSubscription(id: $id) { id } }": types.SettingsDeleteWebhookDocument,
    "mutation SettingsRedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status } }": types.SettingsRedeliverWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivities {\n    overdue: myOpenActivities(overdueOnly: true, first: 100) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n    open: myOpenActivities(first: 200) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ActivityItem }\n    }\n  }\n"): (typeof documents)["\n  query MyActivities {\n    overdue: myOpenActivities(overdueOnly: true, first: 100) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n    open: myOpenActivities(first: 200) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ActivityItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n"): (typeof documents)["\n  query TeamActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...ActivityWritten }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...ActivityWritten }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!, $expectedVersion: Int) {\n    updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ActivityWritten }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!, $expectedVersion: Int) {\n    updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ActivityWritten }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) { id deletedAt }\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id) { id deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n"): (typeof documents)["\n  query WeekActivities($where: ActivityWhere!) {\n    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {\n      totalCount\n      nodes { ...ActivityItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityItem on Activity {\n    id\n    version\n    type\n    subject\n    description\n    status\n    dueAt\n    completedAt\n    durationMinutes\n    outcome\n    priority\n    createdAt\n    assignedTo { id name }\n    deal { id title }\n    company { id name }\n    contact { id firstName lastName }\n    viewerCan { update delete }\n  }\n"): (typeof documents)["\n  fragment ActivityItem on Activity {\n    id\n    version\n    type\n    subject\n    description\n    status\n    dueAt\n    completedAt\n    durationMinutes\n    outcome\n    priority\n    createdAt\n    assignedTo { id name }\n    deal { id title }\n    company { id name }\n    contact { id firstName lastName }\n    viewerCan { update delete }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityList on ActivityConnection {\n    totalCount\n    nodes { ...ActivityItem }\n  }\n"): (typeof documents)["\n  fragment ActivityList on ActivityConnection {\n    totalCount\n    nodes { ...ActivityItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityWritten on Activity {\n    ...ActivityItem\n    deal { id nextActivityState nextActivity { id subject dueAt type } }\n  }\n"): (typeof documents)["\n  fragment ActivityWritten on Activity {\n    ...ActivityItem\n    deal { id nextActivityState nextActivity { id subject dueAt type } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) { ...ActivityWritten }\n  }\n"): (typeof documents)["\n  mutation CompleteActivity($id: ID!) {\n    completeActivity(id: $id) { ...ActivityWritten }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActivity($id: ID!) {\n    reopenActivity(id: $id) { ...ActivityWritten }\n  }\n"): (typeof documents)["\n  mutation ReopenActivity($id: ID!) {\n    reopenActivity(id: $id) { ...ActivityWritten }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealNextActivity on Deal {\n    id\n    nextActivityState\n    nextActivity { id subject dueAt type }\n  }\n"): (typeof documents)["\n  fragment DealNextActivity on Deal {\n    id\n    nextActivityState\n    nextActivity { id subject dueAt type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyKpis($companyId: ID!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    company(id: $companyId) { id name }\n    financialSeries(companyId: $companyId, from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n    leadEvents(first: 20, where: { companyId: { eq: $companyId } }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id sourceSystem externalId eventType stage status value currency occurredAt deal { id title } }\n    }\n  }\n"): (typeof documents)["\n  query CompanyKpis($companyId: ID!, $from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    company(id: $companyId) { id name }\n    financialSeries(companyId: $companyId, from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n    leadEvents(first: 20, where: { companyId: { eq: $companyId } }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id sourceSystem externalId eventType stage status value currency occurredAt deal { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationKpis($from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    organizationFinancials(from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationKpis($from: Date!, $to: Date!, $bucket: SeriesBucket!) {\n    organizationFinancials(from: $from, to: $to, bucket: $bucket) {\n      bucket currency records\n      revenue { sum yearOverYear } expenses { sum } netProfit { sum yearOverYear } cashFlow { sum last }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueCount {\n    myOpenActivities(overdueOnly: true, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query OverdueCount {\n    myOpenActivities(overdueOnly: true, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken accessTokenExpiresAt refreshToken userId organizationId }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken accessTokenExpiresAt refreshToken userId organizationId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken accessTokenExpiresAt refreshToken userId organizationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      user { id name email }\n      role\n      organization { id name defaultCurrency }\n      memberships { role organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      user { id name email }\n      role\n      organization { id name defaultCurrency }\n      memberships { role organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardFilterOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query BoardFilterOptions {\n    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealCard on Deal {\n    id\n    version\n    title\n    value\n    currency\n    probability\n    expectedCloseDate\n    daysInStage\n    isRotting\n    status\n    stageId\n    stageEnteredAt\n    closedAt\n    lostReason\n    nextActivityState\n    nextActivity { id subject dueAt type }\n    company { id name }\n    owner { id name }\n    viewerCan { update delete moveDeal }\n  }\n"): (typeof documents)["\n  fragment DealCard on Deal {\n    id\n    version\n    title\n    value\n    currency\n    probability\n    expectedCloseDate\n    daysInStage\n    isRotting\n    status\n    stageId\n    stageEnteredAt\n    closedAt\n    lostReason\n    nextActivityState\n    nextActivity { id subject dueAt type }\n    company { id name }\n    owner { id name }\n    viewerCan { update delete moveDeal }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { ...DealCard pipelineId }\n  }\n"): (typeof documents)["\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { ...DealCard pipelineId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault }\n    }\n  }\n"): (typeof documents)["\n  query BoardPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) {\n      count\n      totals { currency count value weightedValue }\n      columns {\n        stage { id name color probability type rottingDays position }\n        count\n        totals { currency count value weightedValue }\n        deals(first: 25) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...DealCard }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) {\n      count\n      totals { currency count value weightedValue }\n      columns {\n        stage { id name color probability type rottingDays position }\n        count\n        totals { currency count value weightedValue }\n        deals(first: 25) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...DealCard }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardDealEvents($pipelineId: ID!) {\n    dealEvents(pipelineId: $pipelineId) { action dealId at }\n  }\n"): (typeof documents)["\n  subscription BoardDealEvents($pipelineId: ID!) {\n    dealEvents(pipelineId: $pipelineId) { action dealId at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnPage($where: DealWhere!, $after: String!, $first: Int!) {\n    deals(where: $where, after: $after, first: $first, orderBy: [{ field: POSITION, direction: ASC }]) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DealCard }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnPage($where: DealWhere!, $after: String!, $first: Int!) {\n    deals(where: $where, after: $after, first: $first, orderBy: [{ field: POSITION, direction: ASC }]) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DealCard }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { ...DealCard }\n  }\n"): (typeof documents)["\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { ...DealCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealCardRefresh($id: ID!) {\n    deal(id: $id) { ...DealCard }\n  }\n"): (typeof documents)["\n  query DealCardRefresh($id: ID!) {\n    deal(id: $id) { ...DealCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($where: ProductWhere, $orderBy: [ProductOrderBy!], $first: Int, $after: String) {\n    products(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name sku category price currency stockQuantity lowStockThreshold isActive }\n    }\n  }\n"): (typeof documents)["\n  query Products($where: ProductWhere, $orderBy: [ProductOrderBy!], $first: Int, $after: String) {\n    products(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name sku category price currency stockQuantity lowStockThreshold isActive }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    id version name sku description category price currency cost stockQuantity lowStockThreshold isActive createdAt\n  }\n"): (typeof documents)["\n  fragment ProductFields on Product {\n    id version name sku description category price currency cost stockQuantity lowStockThreshold isActive createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      inventoryAdjustments(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        totalCount\n        nodes { id reason previousQuantity adjustmentQuantity newQuantity notes createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      inventoryAdjustments(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        totalCount\n        nodes { id reason previousQuantity adjustmentQuantity newQuantity notes createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductInline($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProductFields }\n  }\n"): (typeof documents)["\n  mutation UpdateProductInline($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProductFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) { id deletedAt }\n  }\n"): (typeof documents)["\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) { id deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on Company {\n    id\n    version\n    name\n    industry\n    status\n    size\n    revenue\n    employeeCount\n    website\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    country\n    notes\n    updatedAt\n    owner { id name }\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    id\n    version\n    name\n    industry\n    status\n    size\n    revenue\n    employeeCount\n    website\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    country\n    notes\n    updatedAt\n    owner { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { ...CompanyFields }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { ...CompanyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPicker($search: String!) {\n    companies(first: 8, where: { search: $search }) { nodes { id name industry } }\n  }\n"): (typeof documents)["\n  query CompanyPicker($search: String!) {\n    companies(first: 8, where: { search: $search }) { nodes { id name industry } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($where: CompanyWhere, $orderBy: [CompanyOrderBy!], $first: Int, $after: String) {\n    companies(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry status size revenue employeeCount city country updatedAt owner { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Companies($where: CompanyWhere, $orderBy: [CompanyOrderBy!], $first: Int, $after: String) {\n    companies(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry status size revenue employeeCount city country updatedAt owner { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      contacts(first: 50) {\n        totalCount\n        nodes { id firstName lastName jobTitle email phone isPrimary }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n"): (typeof documents)["\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      contacts(first: 50) {\n        totalCount\n        nodes { id firstName lastName jobTitle email phone isPrimary }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyInline($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCompanyInline($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {\n    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id) { id deletedAt }\n  }\n"): (typeof documents)["\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id) { id deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id\n    version\n    firstName\n    lastName\n    email\n    phone\n    mobile\n    jobTitle\n    isPrimary\n    preferredContactMethod\n    linkedinUrl\n    city\n    country\n    notes\n    updatedAt\n    company { id name }\n    owner { id name }\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    id\n    version\n    firstName\n    lastName\n    email\n    phone\n    mobile\n    jobTitle\n    isPrimary\n    preferredContactMethod\n    linkedinUrl\n    city\n    country\n    notes\n    updatedAt\n    company { id name }\n    owner { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { ...ContactFields }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { ...ContactFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPicker($where: ContactWhere!) {\n    contacts(first: 8, where: $where) { nodes { id firstName lastName email company { id name } } }\n  }\n"): (typeof documents)["\n  query ContactPicker($where: ContactWhere!) {\n    contacts(first: 8, where: $where) { nodes { id firstName lastName email company { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($where: ContactWhere, $orderBy: [ContactOrderBy!], $first: Int, $after: String) {\n    contacts(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id firstName lastName email phone jobTitle isPrimary updatedAt company { id name } owner { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Contacts($where: ContactWhere, $orderBy: [ContactOrderBy!], $first: Int, $after: String) {\n    contacts(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id firstName lastName email phone jobTitle isPrimary updatedAt company { id name } owner { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n      ...ContactLoyalty\n      ...ContactOrders\n    }\n  }\n"): (typeof documents)["\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n      createdAt\n      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n      ...ContactLoyalty\n      ...ContactOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactInline($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n"): (typeof documents)["\n  mutation UpdateContactInline($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {\n    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) { id deletedAt }\n  }\n"): (typeof documents)["\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) { id deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactLoyalty on Contact {\n    loyaltyAccounts(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {\n      totalCount\n      nodes {\n        id pointsBalance totalEarned totalRedeemed program { id name }\n        events(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) { totalCount nodes { id eventType points balanceAfter description createdAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactLoyalty on Contact {\n    loyaltyAccounts(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {\n      totalCount\n      nodes {\n        id pointsBalance totalEarned totalRedeemed program { id name }\n        events(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) { totalCount nodes { id eventType points balanceAfter description createdAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactOrders on Contact {\n    id firstName lastName\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt items { totalCount } }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactOrders on Contact {\n    id firstName lastName\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt items { totalCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($pipelineId: ID!, $filter: ReportFilter) {\n    forecast(filter: $filter) { month currency count value weightedValue }\n    funnel(pipelineId: $pipelineId, filter: $filter) { stageId stageName position reached conversionToNext averageDaysInStage }\n    wonLost(by: \"OWNER\", filter: $filter) { key ownerName currency wonCount wonValue lostCount lostValue winRate }\n  }\n"): (typeof documents)["\n  query Dashboard($pipelineId: ID!, $filter: ReportFilter) {\n    forecast(filter: $filter) { month currency count value weightedValue }\n    funnel(pipelineId: $pipelineId, filter: $filter) { stageId stageName position reached conversionToNext averageDaysInStage }\n    wonLost(by: \"OWNER\", filter: $filter) { key ownerName currency wonCount wonValue lostCount lostValue winRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOpen($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) { count totals { currency count value weightedValue } }\n  }\n"): (typeof documents)["\n  query DashboardOpen($pipelineId: ID!, $where: DealWhere) {\n    board(pipelineId: $pipelineId, where: $where) { count totals { currency count value weightedValue } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkStages($pipelineId: ID!) {\n    pipeline(id: $pipelineId) { id stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n  }\n"): (typeof documents)["\n  query BulkStages($pipelineId: ID!) {\n    pipeline(id: $pipelineId) { id stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateDealOwner($id: ID!, $ownerId: ID, $expectedVersion: Int) {\n    updateDeal(id: $id, input: { ownerId: $ownerId }, expectedVersion: $expectedVersion) { id version owner { id name } }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateDealOwner($id: ID!, $ownerId: ID, $expectedVersion: Int) {\n    updateDeal(id: $id, input: { ownerId: $ownerId }, expectedVersion: $expectedVersion) { id version owner { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { id version stageId status stage { id name } }\n  }\n"): (typeof documents)["\n  mutation BulkMoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { id version stageId status stage { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkDeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n"): (typeof documents)["\n  mutation BulkDeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      ...DealCard\n      description\n      source\n      priority\n      createdAt\n      updatedAt\n      weightedValue\n      effectiveProbability\n      pipelineId\n      contact { id firstName lastName email phone }\n      ...DealProducts\n      pipeline {\n        id\n        name\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type probability color } }\n      }\n      stageChanges(first: 100) {\n        nodes { id createdAt fromStageEnteredAt toStatus fromStage { id name } toStage { id name } changedBy { id name } }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n"): (typeof documents)["\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      ...DealCard\n      description\n      source\n      priority\n      createdAt\n      updatedAt\n      weightedValue\n      effectiveProbability\n      pipelineId\n      contact { id firstName lastName email phone }\n      ...DealProducts\n      pipeline {\n        id\n        name\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type probability color } }\n      }\n      stageChanges(first: 100) {\n        nodes { id createdAt fromStageEnteredAt toStatus fromStage { id name } toStage { id name } changedBy { id name } }\n      }\n      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }\n      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!, $expectedVersion: Int) {\n    updateDeal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DealCard\n      contact { id firstName lastName email phone }\n      description\n      source\n      priority\n      updatedAt\n      weightedValue\n      effectiveProbability\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!, $expectedVersion: Int) {\n    updateDeal(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...DealCard\n      contact { id firstName lastName email phone }\n      description\n      source\n      priority\n      updatedAt\n      weightedValue\n      effectiveProbability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n"): (typeof documents)["\n  mutation DeleteDeal($id: ID!) {\n    deleteDeal(id: $id) { id deletedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealProducts on Deal {\n    id version value currency\n    viewerCan { setDealLineItems }\n    lineItems(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice discountAmount lineTotal product { id name sku } } }\n  }\n"): (typeof documents)["\n  fragment DealProducts on Deal {\n    id version value currency\n    viewerCan { setDealLineItems }\n    lineItems(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice discountAmount lineTotal product { id name sku } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDealLineItems($input: SetDealLineItemsInput!) {\n    setDealLineItems(input: $input) { ...DealProducts weightedValue updatedAt }\n  }\n"): (typeof documents)["\n  mutation SetDealLineItems($input: SetDealLineItemsInput!) {\n    setDealLineItems(input: $input) { ...DealProducts weightedValue updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency } }\n  }\n"): (typeof documents)["\n  query DealProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineStagesForMove {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n"): (typeof documents)["\n  query PipelineStagesForMove {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDealToPipeline($input: MoveDealToPipelineInput!) {\n    moveDealToPipeline(input: $input) { id version stageId status pipeline { id name } }\n  }\n"): (typeof documents)["\n  mutation MoveDealToPipeline($input: MoveDealToPipelineInput!) {\n    moveDealToPipeline(input: $input) { id version stageId status pipeline { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefaultPipelineStages {\n    pipelines(first: 20, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n"): (typeof documents)["\n  query DefaultPipelineStages {\n    pipelines(first: 20, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsList($where: DealWhere, $orderBy: [DealOrderBy!], $first: Int, $after: String) {\n    deals(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id version title value currency status expectedCloseDate updatedAt pipelineId stage { id name } owner { id name } company { id name } viewerCan { update delete moveDeal } }\n    }\n  }\n"): (typeof documents)["\n  query DealsList($where: DealWhere, $orderBy: [DealOrderBy!], $first: Int, $after: String) {\n    deals(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id version title value currency status expectedCloseDate updatedAt pipelineId stage { id name } owner { id name } company { id name } viewerCan { update delete moveDeal } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedDeals on DealConnection {\n    totalCount\n    nodes { id title value currency status expectedCloseDate stage { id name } owner { id name } company { id name } }\n  }\n"): (typeof documents)["\n  fragment RelatedDeals on DealConnection {\n    totalCount\n    nodes { id title value currency status expectedCloseDate stage { id name } owner { id name } company { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency stockQuantity } }\n  }\n"): (typeof documents)["\n  query OrderProductPicker($where: ProductWhere!) {\n    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency stockQuantity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { ...OrderDetail }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { ...OrderDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrderStatus($input: ChangeOrderStatusInput!) {\n    changeOrderStatus(input: $input) { ...OrderDetail }\n  }\n"): (typeof documents)["\n  mutation ChangeOrderStatus($input: ChangeOrderStatusInput!) {\n    changeOrderStatus(input: $input) { ...OrderDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { ...OrderDetail }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { ...OrderDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { ...OrderDetail }\n  }\n"): (typeof documents)["\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { ...OrderDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($where: OrderWhere, $orderBy: [OrderOrderBy!], $first: Int, $after: String) {\n    orders(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt customer { id firstName lastName } }\n    }\n  }\n"): (typeof documents)["\n  query Orders($where: OrderWhere, $orderBy: [OrderOrderBy!], $first: Int, $after: String) {\n    orders(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id orderNumber status currency totalAmount amountPaid createdAt customer { id firstName lastName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetail on Order {\n    id version orderNumber status nextStatuses currency subtotalAmount discountAmount taxAmount totalAmount amountPaid balanceDue paidAt notes createdAt\n    customer { id firstName lastName }\n    createdBy { id name }\n    viewerCan { changeOrderStatus recordPayment refundPayment }\n    items(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice lineTotal currency product { id name sku } } }\n    payments(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id amount refundedAmount currency paymentMethod status createdAt } }\n    deliveries(first: 1) { totalCount nodes { id recipientName deliveryMethod status trackingNumber estimatedDelivery actualDelivery } }\n  }\n"): (typeof documents)["\n  fragment OrderDetail on Order {\n    id version orderNumber status nextStatuses currency subtotalAmount discountAmount taxAmount totalAmount amountPaid balanceDue paidAt notes createdAt\n    customer { id firstName lastName }\n    createdBy { id name }\n    viewerCan { changeOrderStatus recordPayment refundPayment }\n    items(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice lineTotal currency product { id name sku } } }\n    payments(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id amount refundedAmount currency paymentMethod status createdAt } }\n    deliveries(first: 1) { totalCount nodes { id recipientName deliveryMethod status trackingNumber estimatedDelivery actualDelivery } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) { ...OrderDetail }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    order(id: $id) { ...OrderDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentEditorFields on Document {\n    id version title content type status revision updatedAt\n    author { id name }\n    viewerCan { update restoreDocumentVersion }\n  }\n"): (typeof documents)["\n  fragment DocumentEditorFields on Document {\n    id version title content type status revision updatedAt\n    author { id name }\n    viewerCan { update restoreDocumentVersion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentEditor($id: ID!) {\n    document(id: $id) {\n      ...DocumentEditorFields\n      versions(first: 100, orderBy: [{ field: REVISION, direction: DESC }]) {\n        totalCount\n        nodes { id revision title createdAt author { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentEditor($id: ID!) {\n    document(id: $id) {\n      ...DocumentEditorFields\n      versions(first: 100, orderBy: [{ field: REVISION, direction: DESC }]) {\n        totalCount\n        nodes { id revision title createdAt author { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentVersion($documentId: ID!, $revision: Int!) {\n    documentVersions(first: 1, where: { documentId: { eq: $documentId }, revision: { eq: $revision } }) {\n      nodes { id revision title content createdAt author { id name } }\n    }\n  }\n"): (typeof documents)["\n  query DocumentVersion($documentId: ID!, $revision: Int!) {\n    documentVersions(first: 1, where: { documentId: { eq: $documentId }, revision: { eq: $revision } }) {\n      nodes { id revision title content createdAt author { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDocument($id: ID!, $input: UpdateDocumentInput!, $expectedVersion: Int) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DocumentEditorFields }\n  }\n"): (typeof documents)["\n  mutation SaveDocument($id: ID!, $input: UpdateDocumentInput!, $expectedVersion: Int) {\n    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DocumentEditorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDocumentVersion($documentId: ID!, $revision: Int!) {\n    restoreDocumentVersion(documentId: $documentId, revision: $revision) { ...DocumentEditorFields }\n  }\n"): (typeof documents)["\n  mutation RestoreDocumentVersion($documentId: ID!, $revision: Int!) {\n    restoreDocumentVersion(documentId: $documentId, revision: $revision) { ...DocumentEditorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCard on Idea {\n    id title status riceScore iceScore wsjfScore version\n    demand { customers }\n  }\n"): (typeof documents)["\n  fragment IdeaCard on Idea {\n    id title status riceScore iceScore wsjfScore version\n    demand { customers }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeasBoard($roadmapId: ID!, $orderBy: [IdeaOrderBy!]) {\n    ideas(first: 200, where: { roadmapId: { eq: $roadmapId } }, orderBy: $orderBy) {\n      totalCount\n      nodes { ...IdeaCard }\n    }\n  }\n"): (typeof documents)["\n  query IdeasBoard($roadmapId: ID!, $orderBy: [IdeaOrderBy!]) {\n    ideas(first: 200, where: { roadmapId: { eq: $roadmapId } }, orderBy: $orderBy) {\n      totalCount\n      nodes { ...IdeaCard }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeIdeaStatus($id: ID!, $status: IdeaStatus!, $expectedVersion: Int) {\n    changeIdeaStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ...IdeaCard }\n  }\n"): (typeof documents)["\n  mutation ChangeIdeaStatus($id: ID!, $status: IdeaStatus!, $expectedVersion: Int) {\n    changeIdeaStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ...IdeaCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Okrs($roadmapId: ID!) {\n    okrs(first: 50, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: QUARTER, direction: DESC }, { field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes {\n        id title description quarter status progress\n        owner { id name }\n        keyResults(first: 50, orderBy: [{ field: TITLE, direction: ASC }]) {\n          totalCount\n          nodes { id title unit startValue targetValue currentValue progress version viewerCan { updateKeyResultProgress } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Okrs($roadmapId: ID!) {\n    okrs(first: 50, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: QUARTER, direction: DESC }, { field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes {\n        id title description quarter status progress\n        owner { id name }\n        keyResults(first: 50, orderBy: [{ field: TITLE, direction: ASC }]) {\n          totalCount\n          nodes { id title unit startValue targetValue currentValue progress version viewerCan { updateKeyResultProgress } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKeyResultProgress($id: ID!, $currentValue: Float!) {\n    updateKeyResultProgress(id: $id, currentValue: $currentValue) {\n      id currentValue progress version\n      okr { id progress }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKeyResultProgress($id: ID!, $currentValue: Float!) {\n    updateKeyResultProgress(id: $id, currentValue: $currentValue) {\n      id currentValue progress version\n      okr { id progress }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapFeature on Feature {\n    id title status priority version\n    epic { id title status }\n    viewerCan { moveFeatureToRelease }\n  }\n"): (typeof documents)["\n  fragment RoadmapFeature on Feature {\n    id title status priority version\n    epic { id title status }\n    viewerCan { moveFeatureToRelease }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapView($roadmapId: ID!) {\n    # 30 releases of 100 features each keep the query within the server's cost limit.\n    releases(first: 30, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: TARGET_DATE, direction: ASC }, { field: NAME, direction: ASC }]) {\n      nodes {\n        id name versionNumber status targetDate\n        featureLinks(first: 100) { totalCount nodes { id feature { ...RoadmapFeature } } }\n      }\n    }\n    unscheduled: features(first: 200, where: { roadmapId: { eq: $roadmapId }, releaseLinks: { none: {} } }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes { ...RoadmapFeature }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapView($roadmapId: ID!) {\n    # 30 releases of 100 features each keep the query within the server's cost limit.\n    releases(first: 30, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: TARGET_DATE, direction: ASC }, { field: NAME, direction: ASC }]) {\n      nodes {\n        id name versionNumber status targetDate\n        featureLinks(first: 100) { totalCount nodes { id feature { ...RoadmapFeature } } }\n      }\n    }\n    unscheduled: features(first: 200, where: { roadmapId: { eq: $roadmapId }, releaseLinks: { none: {} } }, orderBy: [{ field: TITLE, direction: ASC }]) {\n      totalCount\n      nodes { ...RoadmapFeature }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveFeatureToRelease($featureId: ID!, $fromReleaseId: ID, $toReleaseId: ID) {\n    moveFeatureToRelease(featureId: $featureId, fromReleaseId: $fromReleaseId, toReleaseId: $toReleaseId) { id version }\n  }\n"): (typeof documents)["\n  mutation MoveFeatureToRelease($featureId: ID!, $fromReleaseId: ID, $toReleaseId: ID) {\n    moveFeatureToRelease(featureId: $featureId, fromReleaseId: $fromReleaseId, toReleaseId: $toReleaseId) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($where: DocumentWhere, $orderBy: [DocumentOrderBy!], $first: Int, $after: String) {\n    documents(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title type status revision updatedAt author { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Documents($where: DocumentWhere, $orderBy: [DocumentOrderBy!], $first: Int, $after: String) {\n    documents(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title type status revision updatedAt author { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { id title revision }\n  }\n"): (typeof documents)["\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { id title revision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaRoadmaps {\n    roadmaps(first: 50) { nodes { id name key } }\n  }\n"): (typeof documents)["\n  query IdeaRoadmaps {\n    roadmaps(first: 50) { nodes { id name key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($where: AuditLogWhere) {\n    auditLogs(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes { id action createdAt oldValues newValues actor { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RecordHistory($where: AuditLogWhere) {\n    auditLogs(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes { id action createdAt oldValues newValues actor { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportStages {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n"): (typeof documents)["\n  query ImportStages {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes { id name isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($query: String!) {\n    search(query: $query, first: 12) { id type title subtitle rank }\n  }\n"): (typeof documents)["\n  query GlobalSearch($query: String!) {\n    search(query: $query, first: 12) { id type title subtitle rank }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsApiKeys {\n    apiKeys(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id name prefix role createdAt lastUsedAt expiresAt revokedAt registeredOperationsOnly createdBy { id name } } }\n  }\n"): (typeof documents)["\n  query SettingsApiKeys {\n    apiKeys(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id name prefix role createdAt lastUsedAt expiresAt revokedAt registeredOperationsOnly createdBy { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix } } }\n"): (typeof documents)["\n  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"): (typeof documents)["mutation SettingsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsCustomFields {\n    customFieldDefinitions(first: 200) { nodes { id entityType key label type options required position } }\n  }\n"): (typeof documents)["\n  query SettingsCustomFields {\n    customFieldDefinitions(first: 200) { nodes { id entityType key label type options required position } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateCustomField($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id key } }\n"): (typeof documents)["\n  mutation SettingsCreateCustomField($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id key } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsDeleteCustomField($id: ID!) { deleteCustomFieldDefinition(id: $id) { id deletedAt } }\n"): (typeof documents)["\n  mutation SettingsDeleteCustomField($id: ID!) { deleteCustomFieldDefinition(id: $id) { id deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsIntegrations {\n    integrations(first: 100) { nodes { id provider account scopes status hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 lastSyncAt lastError } }\n  }\n"): (typeof documents)["\n  query SettingsIntegrations {\n    integrations(first: 100) { nodes { id provider account scopes status hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 lastSyncAt lastError } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateIntegration($input: CreateIntegrationInput!) { createIntegration(input: $input) { id provider status hasAccessToken accessTokenLast4 } }\n"): (typeof documents)["\n  mutation SettingsCreateIntegration($input: CreateIntegrationInput!) { createIntegration(input: $input) { id provider status hasAccessToken accessTokenLast4 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { id hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 } }\n"): (typeof documents)["\n  mutation SettingsUpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { id hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsDeleteIntegration($id: ID!) { deleteIntegration(id: $id) { id } }"): (typeof documents)["mutation SettingsDeleteIntegration($id: ID!) { deleteIntegration(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsMembers {\n    memberships(first: 200) { nodes { id role userId teamId user { id name email } team { id name } } }\n    invitations(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id email role createdAt expiresAt acceptedAt revokedAt } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query SettingsMembers {\n    memberships(first: 200) { nodes { id role userId teamId user { id name email } team { id name } } }\n    invitations(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id email role createdAt expiresAt acceptedAt revokedAt } }\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }\n"): (typeof documents)["\n  mutation SettingsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation SettingsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsChangeRole($userId: ID!, $role: Role!) { changeMemberRole(userId: $userId, role: $role) { id role } }\n"): (typeof documents)["\n  mutation SettingsChangeRole($userId: ID!, $role: Role!) { changeMemberRole(userId: $userId, role: $role) { id role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetTeam($userId: ID!, $teamId: ID) { setMemberTeam(userId: $userId, teamId: $teamId) { id teamId team { id name } } }\n"): (typeof documents)["\n  mutation SettingsSetTeam($userId: ID!, $teamId: ID) { setMemberTeam(userId: $userId, teamId: $teamId) { id teamId team { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsRemoveMember($userId: ID!) { removeMember(userId: $userId) { id } }\n"): (typeof documents)["\n  mutation SettingsRemoveMember($userId: ID!) { removeMember(userId: $userId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsOrganization { organization { id name defaultCurrency industry settings } }\n"): (typeof documents)["\n  query SettingsOrganization { organization { id name defaultCurrency industry settings } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name defaultCurrency industry settings } }\n"): (typeof documents)["\n  mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name defaultCurrency industry settings } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes {\n        id name isDefault position version\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n          nodes { id name position probability color type rottingDays version }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsPipelines {\n    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n      nodes {\n        id name isDefault position version\n        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {\n          nodes { id name position probability color type rottingDays version }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreatePipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { id name } }\n"): (typeof documents)["\n  mutation SettingsCreatePipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateStage($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name } }\n"): (typeof documents)["\n  mutation SettingsCreateStage($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateStage($id: ID!, $input: UpdatePipelineStageInput!, $expectedVersion: Int) {\n    updatePipelineStage(id: $id, input: $input, expectedVersion: $expectedVersion) { id name position probability color type rottingDays version }\n  }\n"): (typeof documents)["\n  mutation SettingsUpdateStage($id: ID!, $input: UpdatePipelineStageInput!, $expectedVersion: Int) {\n    updatePipelineStage(id: $id, input: $input, expectedVersion: $expectedVersion) { id name position probability color type rottingDays version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsDeleteStage($id: ID!) { deletePipelineStage(id: $id) { id deletedAt } }\n"): (typeof documents)["\n  mutation SettingsDeleteStage($id: ID!) { deletePipelineStage(id: $id) { id deletedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTeams {\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name description version memberships(first: 1) { totalCount } } }\n  }\n"): (typeof documents)["\n  query SettingsTeams {\n    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name description version memberships(first: 1) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsCreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name } }"): (typeof documents)["mutation SettingsCreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateTeam($id: ID!, $input: UpdateTeamInput!, $expectedVersion: Int) { updateTeam(id: $id, input: $input, expectedVersion: $expectedVersion) { id name description version } }\n"): (typeof documents)["\n  mutation SettingsUpdateTeam($id: ID!, $input: UpdateTeamInput!, $expectedVersion: Int) { updateTeam(id: $id, input: $input, expectedVersion: $expectedVersion) { id name description version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsDeleteTeam($id: ID!) { deleteTeam(id: $id) { id deletedAt } }"): (typeof documents)["mutation SettingsDeleteTeam($id: ID!) { deleteTeam(id: $id) { id deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTrash {\n    companies(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id name deletedAt } }\n    contacts(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id firstName lastName deletedAt } }\n    deals(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id title deletedAt } }\n    pipelineStages(first: 200, withDeleted: true) { nodes { id name deletedAt pipeline { id name } } }\n    teams(first: 100, withDeleted: true) { nodes { id name deletedAt } }\n  }\n"): (typeof documents)["\n  query SettingsTrash {\n    companies(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id name deletedAt } }\n    contacts(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id firstName lastName deletedAt } }\n    deals(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id title deletedAt } }\n    pipelineStages(first: 200, withDeleted: true) { nodes { id name deletedAt pipeline { id name } } }\n    teams(first: 100, withDeleted: true) { nodes { id name deletedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrashRestoreCompany($id: ID!) { restoreCompany(id: $id) { id deletedAt } }"): (typeof documents)["mutation TrashRestoreCompany($id: ID!) { restoreCompany(id: $id) { id deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrashRestoreContact($id: ID!) { restoreContact(id: $id) { id deletedAt } }"): (typeof documents)["mutation TrashRestoreContact($id: ID!) { restoreContact(id: $id) { id deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrashRestoreDeal($id: ID!) { restoreDeal(id: $id) { id deletedAt } }"): (typeof documents)["mutation TrashRestoreDeal($id: ID!) { restoreDeal(id: $id) { id deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrashRestoreStage($id: ID!) { restorePipelineStage(id: $id) { id deletedAt } }"): (typeof documents)["mutation TrashRestoreStage($id: ID!) { restorePipelineStage(id: $id) { id deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrashRestoreTeam($id: ID!) { restoreTeam(id: $id) { id deletedAt } }"): (typeof documents)["mutation TrashRestoreTeam($id: ID!) { restoreTeam(id: $id) { id deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsWebhooks {\n    webhookSubscriptions(first: 100) { nodes { id url eventTypes description active secretHint createdAt } }\n    webhookDeliveries(first: 50) { nodes { id eventType status responseCode attempts nextTryAt lastError deliveredAt createdAt subscription { id url } } }\n  }\n"): (typeof documents)["\n  query SettingsWebhooks {\n    webhookSubscriptions(first: 100) { nodes { id url eventTypes description active secretHint createdAt } }\n    webhookDeliveries(first: 50) { nodes { id eventType status responseCode attempts nextTryAt lastError deliveredAt createdAt subscription { id url } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url } } }\n"): (typeof documents)["\n  mutation SettingsCreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateWebhook($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id active } }\n"): (typeof documents)["\n  mutation SettingsUpdateWebhook($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsRotateWebhook($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id url secretHint } } }"): (typeof documents)["mutation SettingsRotateWebhook($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id url secretHint } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsTestWebhook($id: ID!) { testWebhook(id: $id) { id } }"): (typeof documents)["mutation SettingsTestWebhook($id: ID!) { testWebhook(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsDeleteWebhook($id: ID!) { deleteWebhookSubscription(id: $id) { id } }"): (typeof documents)["mutation SettingsDeleteWebhook($id: ID!) { deleteWebhookSubscription(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsRedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status } }"): (typeof documents)["mutation SettingsRedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
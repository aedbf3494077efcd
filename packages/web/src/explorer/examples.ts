/** Saved example queries of the explorer: the analyses analysts ask for most. */
export const EXAMPLE_TABS: { query: string; variables?: string }[] = [
  {
    query: `# Won revenue by owner by month (UTC months; amounts per currency, never converted).
# Export any list as CSV: /export/deals.csv?where={"status":{"eq":"WON"}}&fields=title,value,currency,owner.name
query WonRevenueByOwnerByMonth {
  dealsAggregate(
    where: { status: { eq: WON } }
    groupBy: [OWNER__NAME, CURRENCY]
    groupByDate: { field: CLOSED_AT, unit: MONTH }
  ) {
    group
    count
    sum { value }
  }
}
`,
  },
  {
    query: `# Deal count and value by stage and company industry (grouping through to-one relations).
query DealsByStageAndIndustry {
  dealsAggregate(groupBy: [STAGE__NAME, COMPANY__INDUSTRY]) {
    group
    count
    sum { value }
    avg { value }
  }
}
`,
  },
  {
    query: `# Owners whose open pipeline is above a threshold (SQL HAVING).
query BigOpenPipelines($threshold: Float!) {
  dealsAggregate(
    where: { status: { eq: OPEN } }
    groupBy: [OWNER__NAME]
    having: [{ function: SUM, field: VALUE, gt: $threshold }]
  ) {
    group
    count
    sum { value }
  }
}
`,
    variables: '{ "threshold": 100000 }',
  },
  {
    query: `# Forecast: open deals by expected-close month, weighted by stage (or deal) probability.
query Forecast {
  forecast(filter: { from: "2026-01-01", to: "2027-12-31" }) {
    month
    currency
    count
    value
    weightedValue
  }
}
`,
  },
  {
    query: `# The funnel of each pipeline: deals that reached each stage, conversion, days spent.
query Funnels {
  pipelines(first: 10) {
    nodes {
      id
      name
    }
  }
}

query Funnel($pipelineId: ID!) {
  funnel(pipelineId: $pipelineId) {
    stageName
    reached
    conversionToNext
    averageDaysInStage
  }
  wonLost(by: "OWNER", filter: { pipelineId: $pipelineId }) {
    ownerName
    currency
    wonCount
    wonValue
    lostCount
    winRate
  }
}
`,
    variables: '{ "pipelineId": "paste a pipeline id from Funnels" }',
  },
  {
    query: `# A filtered, sorted page of deals with their relations; page on with after: endCursor.
query OpenDealsClosingSoon($after: String) {
  deals(
    first: 25
    after: $after
    where: { status: { eq: OPEN }, value: { gte: "10000" }, company: { industry: { isNull: false } } }
    orderBy: [{ field: EXPECTED_CLOSE_DATE, direction: ASC }, { field: VALUE, direction: DESC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      title
      value
      currency
      expectedCloseDate
      stage { name }
      company { name industry }
      owner { name }
    }
  }
}
`,
  },
  {
    query: `# One search box over companies, contacts and deals, ranked.
query Search {
  search(query: "acme", first: 10) {
    type
    id
    title
    subtitle
    rank
  }
}
`,
  },
];

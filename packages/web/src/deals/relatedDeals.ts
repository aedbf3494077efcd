import { graphql } from '../gql';

// The deals listed on a company or contact page: one selection for both.
export const RelatedDealsFragmentDoc = graphql(`
  fragment RelatedDeals on DealConnection {
    totalCount
    nodes { id title value currency status expectedCloseDate stage { id name } owner { id name } company { id name } }
  }
`);

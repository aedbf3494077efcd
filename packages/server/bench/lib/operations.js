'use strict';
/**
 * The benchmarked operations: each is a GraphQL document with per-request variables, and the
 * floor — the same data fetched (or the same write made) by minimal hand-written SQL.
 *
 * `kind` picks the target: board, byId, list, search, report, write.
 * `pageVariable` names the page-size variable, so the statement count can be checked at two sizes.
 */
const path = require('node:path');

const { keyBetween } = require(path.join(__dirname, '..', '..', 'dist', 'platform', 'ordering', 'fractional-key.js'));

const SEARCH_TERMS = ['acme', 'summit labs', 'river', 'pio', 'delta energy', 'renewal', 'chen', 'zenith', 'platform licence', 'garcia'];
const MIN_VALUES = ['1000', '50000', '200000'];

const CARD_FIELDS = `id version title value currency probability expectedCloseDate daysInStage isRotting status stageId stageEnteredAt closedAt lostReason
  nextActivityState nextActivity { id subject dueAt type } company { id name } owner { id name } contact { id firstName lastName }`;

/** The card columns a board shows, with company, owner, contact and the next open activity. */
const FLOOR_CARD_SQL = `
  SELECT d.id, d.version, d.title, d.value, d.currency, d.probability, d.expected_close_date, d.status, d.stage_id, d.stage_entered_at,
         d.closed_at, d.lost_reason, d.position, co.id AS company_id, co.name AS company_name, u.id AS owner_id, u.name AS owner_name,
         ct.id AS contact_id, ct.first_name, ct.last_name, na.id AS activity_id, na.subject, na.due_at, na.type AS activity_type`;
const FLOOR_CARD_JOINS = `
  LEFT JOIN companies co ON co.organization_id = d.organization_id AND co.id = d.company_id AND co.deleted_at IS NULL
  LEFT JOIN contacts ct ON ct.organization_id = d.organization_id AND ct.id = d.contact_id AND ct.deleted_at IS NULL
  LEFT JOIN users u ON u.id = d.owner_id`;
const FLOOR_NEXT_ACTIVITY = `
  LEFT JOIN LATERAL (SELECT a.id, a.subject, a.due_at, a.type FROM activities a
    WHERE a.organization_id = d.organization_id AND a.deal_id = d.id AND a.deleted_at IS NULL AND a.completed_at IS NULL AND a.status <> 'CANCELLED'
    ORDER BY a.due_at ASC NULLS LAST, a.id LIMIT 1) na ON TRUE`;

const uuid = () => require('node:crypto').randomUUID();
/** The audit row a floor write adds, as the API's writes do. */
const auditRow = (client, fx, entity, id, action, values) => client.query(`INSERT INTO audit_logs (organization_id, id, entity_type, entity_id, action, new_values, actor_user_id)
  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`, [fx.organizationId, uuid(), entity, id, action, JSON.stringify(values), fx.userId]);
/** Floor connections whose session names the organization app_search reads (app_current_org). */
const searchSession = new WeakSet();

/**
 * A pipeline's board, all deals or open ones only: totals from the rollup PostgreSQL keeps (the same
 * table the API reads), summed over statuses; the first 25 cards of each column.
 */
function boardOperation(name, description, openOnly) {
  const where = openOnly ? '(pipelineId: $pipelineId, where: { status: { eq: OPEN } })' : '(pipelineId: $pipelineId)';
  const status = (column) => (openOnly ? ` AND ${column} = 'OPEN'` : '');
  return {
    name,
    kind: 'board',
    description,
    pageVariable: 'first',
    query: `query ${name[0].toUpperCase()}${name.slice(1)}($pipelineId: ID!, $first: Int) { board${where} {
      count totals { currency count value weightedValue }
      columns { stage { id name color probability type rottingDays position } count totals { currency count value weightedValue }
        deals(first: $first) { pageInfo { hasNextPage endCursor } nodes { ${CARD_FIELDS} } } } } }`,
    variables: (_rnd, fx) => ({ pipelineId: fx.pipelineId, first: 25 }),
    async floor(client, _rnd, fx) {
      await client.query(`SELECT s.id, t.currency, sum(t.deal_count)::int AS count, sum(t.value_sum) AS value,
          round(sum(t.own_weighted_sum + t.unweighted_value_sum * s.probability), 2) AS weighted
        FROM pipeline_stages s JOIN deal_stage_totals t ON t.organization_id = s.organization_id AND t.stage_id = s.id AND t.deal_count > 0${status('t.status')}
        WHERE s.organization_id = $1 AND s.pipeline_id = $2 AND s.deleted_at IS NULL GROUP BY s.id, t.currency`, [fx.organizationId, fx.pipelineId]);
      await client.query(`SELECT s.id AS column_id, s.name, s.color, s.probability, s.type, s.rotting_days, s.position AS column_position, c.*
        FROM pipeline_stages s CROSS JOIN LATERAL (${FLOOR_CARD_SQL} FROM deals d ${FLOOR_CARD_JOINS} ${FLOOR_NEXT_ACTIVITY}
          WHERE d.organization_id = s.organization_id AND d.stage_id = s.id AND d.deleted_at IS NULL${status('d.status')} ORDER BY d.position, d.id LIMIT 26) c
        WHERE s.organization_id = $1 AND s.pipeline_id = $2 AND s.deleted_at IS NULL ORDER BY s.position, c.position`, [fx.organizationId, fx.pipelineId]);
    },
  };
}

/** Three different products of the sample, for one order. */
function threeProducts(rnd, fx) {
  const start = rnd.int(0, fx.productIds.length - 3);
  return fx.productIds.slice(start, start + 3);
}

const operations = [
  boardOperation('board', "a pipeline's columns: count, per-currency total and weighted value, first 25 cards with company, owner, contact, next activity", false),
  boardOperation('boardOpen', 'the board filtered to open deals: totals from the rollup per stage and status; cards through ix_deals__open_board (no entries for the Won and Lost columns)', true),
  {
    name: 'dealsPage',
    kind: 'list',
    description: 'deals: open, value ≥ X, by expected close date then value, 25 with stage, company, owner, contact',
    pageVariable: 'first',
    query: `query DealsPage($first: Int, $min: Decimal!) { deals(first: $first, where: { status: { eq: OPEN }, value: { gte: $min } },
        orderBy: [{ field: EXPECTED_CLOSE_DATE, direction: ASC }, { field: VALUE, direction: DESC }]) {
      pageInfo { hasNextPage endCursor }
      nodes { id title value currency expectedCloseDate status priority stage { id name } company { id name } owner { id name } contact { id firstName lastName } } } }`,
    variables: (rnd) => ({ first: 25, min: rnd.pick(MIN_VALUES) }),
    async floor(client, rnd, fx) {
      await client.query(`SELECT d.id, d.title, d.value, d.currency, d.expected_close_date, d.status, d.priority, s.id AS stage_id, s.name AS stage_name,
          co.id AS company_id, co.name AS company_name, u.id AS owner_id, u.name AS owner_name, ct.id AS contact_id, ct.first_name, ct.last_name
        FROM deals d LEFT JOIN pipeline_stages s ON s.organization_id = d.organization_id AND s.id = d.stage_id ${FLOOR_CARD_JOINS}
        WHERE d.organization_id = $1 AND d.deleted_at IS NULL AND d.status = 'OPEN' AND d.value >= $2
        ORDER BY d.expected_close_date ASC NULLS LAST, d.value DESC NULLS FIRST, d.id DESC LIMIT 26`, [fx.organizationId, rnd.pick(MIN_VALUES)]);
    },
  },
  {
    name: 'nested',
    kind: 'list',
    description: '20 companies × 5 contacts × 5 deals each, with the deal\'s stage (issue 14\'s nested shape)',
    pageVariable: 'first',
    query: `query Nested($first: Int) { companies(first: $first) { nodes { id name
      contacts(first: 5) { nodes { id firstName lastName deals(first: 5) { nodes { id title value stage { id name } } } } } } } }`,
    variables: () => ({ first: 20 }),
    async floor(client, _rnd, fx) {
      await client.query(`SELECT co.id, co.name, (SELECT json_agg(c) FROM (SELECT ct.id, ct.first_name, ct.last_name,
            (SELECT json_agg(d) FROM (SELECT d.id, d.title, d.value, s.id AS stage_id, s.name AS stage_name FROM deals d
               JOIN pipeline_stages s ON s.organization_id = d.organization_id AND s.id = d.stage_id
               WHERE d.organization_id = ct.organization_id AND d.contact_id = ct.id AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC LIMIT 6) d) AS deals
          FROM contacts ct WHERE ct.organization_id = co.organization_id AND ct.company_id = co.id AND ct.deleted_at IS NULL
          ORDER BY ct.last_name, ct.first_name, ct.id LIMIT 6) c) AS contacts
        FROM companies co WHERE co.organization_id = $1 AND co.deleted_at IS NULL ORDER BY co.name, co.id LIMIT 21`, [fx.organizationId]);
    },
  },
  {
    name: 'dealById',
    kind: 'byId',
    description: 'one deal with stage, company, contact, owner and its first 20 activities',
    pageVariable: 'first',
    query: `query Deal($id: ID!, $first: Int) { deal(id: $id) {
      id title value currency status priority expectedCloseDate stageEnteredAt daysInStage isRotting weightedValue
      stage { id name } company { id name } contact { id firstName lastName email } owner { id name }
      activities(first: $first, orderBy: [{ field: DUE_AT, direction: ASC }]) { nodes { id type subject status dueAt completedAt } } } }`,
    variables: (rnd, fx) => ({ id: rnd.pick(fx.dealIds), first: 20 }),
    async floor(client, rnd, fx) {
      const id = rnd.pick(fx.dealIds);
      await client.query(`SELECT d.*, s.name AS stage_name, s.probability AS stage_probability, co.name AS company_name, ct.first_name, ct.last_name, ct.email, u.name AS owner_name
        FROM deals d LEFT JOIN pipeline_stages s ON s.organization_id = d.organization_id AND s.id = d.stage_id ${FLOOR_CARD_JOINS}
        WHERE d.organization_id = $1 AND d.id = $2 AND d.deleted_at IS NULL`, [fx.organizationId, id]);
      await client.query(`SELECT a.id, a.type, a.subject, a.status, a.due_at, a.completed_at FROM activities a
        WHERE a.organization_id = $1 AND a.deal_id = $2 AND a.deleted_at IS NULL ORDER BY a.due_at ASC NULLS LAST, a.id ASC LIMIT 21`, [fx.organizationId, id]);
    },
  },
  {
    name: 'search',
    kind: 'search',
    description: 'global search over companies, contacts and deals (prefix words), 20 best',
    query: `query Search($q: String!) { search(query: $q, first: 20) { type id title subtitle rank } }`,
    variables: (rnd) => ({ q: rnd.pick(SEARCH_TERMS) }),
    async floor(client, rnd, fx) {
      const q = rnd.pick(SEARCH_TERMS).toLowerCase().match(/[\p{L}\p{N}]+/gu).map((w) => `${w}:*`).join(' & ');
      // Ids and ranks from app_search, as the API (its candidates: migration OpenBoardFunnelTotalsSearchCandidates),
      // which reads the organization from the session; rows read back by primary key.
      if (!searchSession.has(client)) {
        await client.query(`SELECT set_config('app.organization_id', $1, false)`, [fx.organizationId]);
        searchSession.add(client);
      }
      await client.query(`SELECT * FROM (
          (SELECT 'COMPANY' AS type, c.id, c.name AS title, c.industry AS subtitle, s.rank FROM app_search('companies', to_tsquery('simple', $2), 20) s
             JOIN companies c ON c.organization_id = $1 AND c.id = s.id AND c.deleted_at IS NULL ORDER BY s.rank DESC LIMIT 20)
          UNION ALL
          (SELECT 'CONTACT', p.id, p.first_name || ' ' || p.last_name, coalesce(p.job_title, p.email), s.rank FROM app_search('contacts', to_tsquery('simple', $2), 20) s
             JOIN contacts p ON p.organization_id = $1 AND p.id = s.id AND p.deleted_at IS NULL ORDER BY 5 DESC LIMIT 20)
          UNION ALL
          (SELECT 'DEAL', d.id, d.title, d.status::text, s.rank FROM app_search('deals', to_tsquery('simple', $2), 20) s
             JOIN deals d ON d.organization_id = $1 AND d.id = s.id AND d.deleted_at IS NULL ORDER BY 5 DESC LIMIT 20)
        ) hits ORDER BY rank DESC, title LIMIT 20`, [fx.organizationId, q]);
    },
  },
  {
    name: 'forecast',
    kind: 'report',
    description: 'open deals by expected-close month, per currency, weighted',
    query: `query Forecast($pipelineId: ID) { forecast(filter: { pipelineId: $pipelineId }) { month currency count value weightedValue } }`,
    variables: (_rnd, fx) => ({ pipelineId: fx.pipelineId }),
    async floor(client, _rnd, fx) {
      await client.query(`SELECT to_char(t.month, 'YYYY-MM') AS month, t.currency, sum(t.deal_count)::int AS count, sum(t.value_sum)::text AS value,
          round(sum(t.own_weighted_sum + t.unweighted_value_sum * s.probability), 2)::text AS weighted
        FROM deal_forecast_totals t JOIN pipeline_stages s ON s.organization_id = t.organization_id AND s.id = t.stage_id
        WHERE t.organization_id = $1 AND t.pipeline_id = $2 GROUP BY 1, 2 HAVING sum(t.deal_count) > 0 ORDER BY 1, 2`, [fx.organizationId, fx.pipelineId]);
    },
  },
  {
    name: 'funnel',
    kind: 'report',
    description: 'stage funnel from stage history: reached, conversion, days in stage',
    query: `query Funnel($pipelineId: ID!) { funnel(pipelineId: $pipelineId) { stageId stageName position reached conversionToNext averageDaysInStage } }`,
    variables: (_rnd, fx) => ({ pipelineId: fx.pipelineId }),
    async floor(client, _rnd, fx) {
      // Reached counts from the deals per furthest position and times from the per-stage sums, both kept by PostgreSQL.
      await client.query(`WITH histogram AS MATERIALIZED (
          SELECT t.furthest_stage_position AS position, t.deal_count::int AS deals FROM deal_funnel_totals t
          WHERE t.organization_id = $1 AND t.pipeline_id = $2 AND t.deal_count > 0
        )
        SELECT s.id, s.name, s.position,
               (SELECT coalesce(sum(h.deals), 0)::int FROM histogram h WHERE h.position >= CASE WHEN s.type = 'WON' THEN 100000 ELSE s.position END) AS reached,
               round((t.seconds / t.exits / 86400.0)::numeric, 2)::float AS days
        FROM pipeline_stages s LEFT JOIN deal_stage_durations t ON t.organization_id = s.organization_id AND t.pipeline_id = s.pipeline_id AND t.stage_id = s.id AND t.exits > 0
        WHERE s.organization_id = $1 AND s.pipeline_id = $2 AND s.deleted_at IS NULL AND s.type <> 'LOST' ORDER BY s.position`, [fx.organizationId, fx.pipelineId]);
    },
  },
  {
    name: 'createDeal',
    kind: 'write',
    description: 'create a deal at the bottom of an open stage (history row and audit row)',
    query: `mutation CreateDeal($input: CreateDealInput!) { createDeal(input: $input) { id title value stageId position version } }`,
    variables: (rnd, fx) => {
      const companyId = rnd.pick(fx.companyIds);
      return { input: { title: `Bench deal ${rnd.int(1, 1e9)}`, value: String(rnd.int(5, 2000) * 250), stageId: rnd.pick(fx.openStageIds), companyId, priority: 'MEDIUM' } };
    },
    async floor(client, rnd, fx) {
      const stageId = rnd.pick(fx.openStageIds);
      const companyId = rnd.pick(fx.companyIds);
      const id = uuid();
      await client.query('BEGIN');
      const last = await client.query(`SELECT max(position) AS position FROM deals WHERE organization_id = $1 AND stage_id = $2 AND deleted_at IS NULL`, [fx.organizationId, stageId]);
      await client.query(`INSERT INTO deals (organization_id, id, title, value, currency, pipeline_id, stage_id, company_id, owner_id, status, priority, position, stage_entered_at)
        VALUES ($1, $2, $3, $4, 'USD', $5, $6, $7, $8, 'OPEN', 'MEDIUM', $9, now())`,
        [fx.organizationId, id, `Floor deal ${rnd.int(1, 1e9)}`, String(rnd.int(5, 2000) * 250), fx.pipelineId, stageId, companyId, fx.userId, keyBetween(last.rows[0]?.position ?? null, null)]);
      await client.query(`INSERT INTO deal_stage_changes (organization_id, id, deal_id, pipeline_id, to_stage_id, to_status, changed_by_id, currency)
        VALUES ($1, $2, $3, $4, $5, 'OPEN', $6, 'USD')`, [fx.organizationId, uuid(), id, fx.pipelineId, stageId, fx.userId]);
      await auditRow(client, fx, 'Deal', id, 'CREATE', { id, stageId });
      await client.query('COMMIT');
    },
  },
  {
    name: 'moveDeal',
    kind: 'write',
    description: 'move a deal to the bottom of another open stage (lock, history row, audit row)',
    query: `mutation MoveDeal($input: MoveDealInput!) { moveDeal(input: $input) { id stageId position status version } }`,
    variables: (rnd, fx) => ({ input: { dealId: rnd.pick(fx.moveDealIds), toStageId: rnd.pick(fx.openStageIds) } }),
    async floor(client, rnd, fx) {
      const dealId = rnd.pick(fx.moveDealIds);
      const stageId = rnd.pick(fx.openStageIds);
      await client.query('BEGIN');
      const deal = (await client.query(`SELECT * FROM deals WHERE organization_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`, [fx.organizationId, dealId])).rows[0];
      const last = await client.query(`SELECT max(position) AS position FROM deals WHERE organization_id = $1 AND stage_id = $2 AND deleted_at IS NULL AND id <> $3`, [fx.organizationId, stageId, dealId]);
      await client.query(`UPDATE deals SET stage_id = $3, position = $4, stage_entered_at = now(), version = version + 1, updated_at = now() WHERE organization_id = $1 AND id = $2`,
        [fx.organizationId, dealId, stageId, keyBetween(last.rows[0]?.position ?? null, null)]);
      if (deal.stage_id !== stageId) {
        await client.query(`INSERT INTO deal_stage_changes (organization_id, id, deal_id, pipeline_id, from_stage_id, to_stage_id, to_status, changed_by_id, currency, from_stage_entered_at)
          VALUES ($1, $2, $3, $4, $5, $6, 'OPEN', $7, 'USD', $8)`, [fx.organizationId, uuid(), dealId, fx.pipelineId, deal.stage_id, stageId, fx.userId, deal.stage_entered_at]);
      }
      await auditRow(client, fx, 'Deal', dealId, 'MOVE', { stageId });
      await client.query('COMMIT');
    },
  },
  {
    name: 'ordersPage',
    kind: 'list',
    description: 'commerce orders, newest first, 25 with customer, their items with products, and payment counts',
    pageVariable: 'first',
    query: `query OrdersPage($first: Int) { orders(first: $first) { pageInfo { hasNextPage endCursor }
      nodes { id orderNumber status currency totalAmount amountPaid createdAt customer { id firstName lastName }
        items(first: 10) { nodes { quantity unitPrice lineTotal product { id name sku } } } payments { totalCount } } } }`,
    variables: () => ({ first: 25 }),
    async floor(client, _rnd, fx) {
      await client.query(`SELECT o.id, o.order_number, o.status, o.currency, o.total_amount, o.amount_paid, o.created_at, c.id AS customer_id, c.first_name, c.last_name,
          (SELECT count(*) FROM payments y WHERE y.organization_id = o.organization_id AND y.order_id = o.id AND y.deleted_at IS NULL) AS payments,
          (SELECT json_agg(i) FROM (SELECT i.quantity, i.unit_price, i.line_total, p.id, p.name, p.sku FROM order_items i
             JOIN products p ON p.organization_id = i.organization_id AND p.id = i.product_id WHERE i.organization_id = o.organization_id AND i.order_id = o.id ORDER BY i.created_at, i.id LIMIT 10) i) AS items
        FROM orders o LEFT JOIN contacts c ON c.organization_id = o.organization_id AND c.id = o.customer_id AND c.deleted_at IS NULL
        WHERE o.organization_id = $1 AND o.deleted_at IS NULL ORDER BY o.created_at DESC, o.id DESC LIMIT 26`, [fx.organizationId]);
    },
  },
  {
    name: 'placeOrder',
    kind: 'write',
    description: 'place an order of 3 products for a contact: priced, numbered, stock taken with its adjustments, audit row',
    query: `mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNumber totalAmount version } }`,
    variables: (rnd, fx) => ({ input: { customerId: rnd.pick(fx.contactIds), items: threeProducts(rnd, fx).map((productId) => ({ productId, quantity: 1 })) } }),
    async floor(client, rnd, fx) {
      const ids = threeProducts(rnd, fx);
      const id = uuid();
      await client.query('BEGIN');
      const prices = (await client.query(`SELECT id, price FROM products WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`, [fx.organizationId, ids])).rows;
      const number = (await client.query(`UPDATE order_number_counters SET last_number = last_number + 1 WHERE organization_id = $1 RETURNING last_number`, [fx.organizationId])).rows[0].last_number;
      const total = prices.reduce((sum, p) => sum + Number(p.price), 0).toFixed(2);
      await client.query(`INSERT INTO orders (organization_id, id, order_number, customer_id, currency, subtotal_amount, total_amount, created_by_id) VALUES ($1, $2, $3, $4, 'USD', $5, $5, $6)`,
        [fx.organizationId, id, number, rnd.pick(fx.contactIds), total, fx.userId]);
      await client.query(`INSERT INTO order_items (organization_id, id, order_id, product_id, quantity, unit_price, line_total, currency)
        SELECT $1, gen_random_uuid(), $2, p.id, 1, p.price, p.price, 'USD' FROM unnest($3::uuid[], $4::numeric[]) AS p(id, price)`, [fx.organizationId, id, prices.map((p) => p.id), prices.map((p) => p.price)]);
      await client.query(`WITH moved AS (UPDATE products p SET stock_quantity = stock_quantity - 1 WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND stock_quantity >= 1 RETURNING id, stock_quantity)
        INSERT INTO inventory_adjustments (organization_id, id, product_id, reason, previous_quantity, adjustment_quantity, new_quantity, order_id)
        SELECT $1, gen_random_uuid(), id, 'SALE', stock_quantity + 1, -1, stock_quantity, $3 FROM moved`, [fx.organizationId, ids, id]);
      await auditRow(client, fx, 'Order', id, 'PLACE', { id, total });
      await client.query('COMMIT');
    },
  },
  {
    name: 'recordPayment',
    kind: 'write',
    description: 'record a partial payment of an open order with an idempotency key (order row locked, payment and audit rows)',
    query: `mutation RecordPayment($input: RecordPaymentInput!) { recordPayment(input: $input) { id amountPaid paidAt version } }`,
    variables: (rnd, fx) => ({ input: { orderId: rnd.pick(fx.unpaidOrderIds), amount: '0.01', paymentMethod: 'CARD', idempotencyKey: `bench-${uuid()}` } }),
    async floor(client, rnd, fx) {
      const orderId = rnd.pick(fx.unpaidOrderIds);
      await client.query('BEGIN');
      await client.query(`SELECT * FROM orders WHERE organization_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`, [fx.organizationId, orderId]);
      await client.query(`UPDATE orders SET amount_paid = amount_paid + 0.01, version = version + 1, updated_at = now() WHERE organization_id = $1 AND id = $2`, [fx.organizationId, orderId]);
      await client.query(`INSERT INTO payments (organization_id, id, order_id, amount, currency, payment_method, idempotency_key) VALUES ($1, $2, $3, 0.01, 'USD', 'CARD', $4)`,
        [fx.organizationId, uuid(), orderId, `floor-${uuid()}`]);
      await auditRow(client, fx, 'Order', orderId, 'RECORD_PAYMENT', {});
      await client.query('COMMIT');
    },
  },
];

/** Latency targets (ms, p95 at 10 concurrent users) per kind; the ratio target applies to reads. */
const TARGETS = { board: 75, byId: 25, list: 50, search: 200, report: 150 };
const RATIO_TARGET = 1.5;

module.exports = { operations, TARGETS, RATIO_TARGET };

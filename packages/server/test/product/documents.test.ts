import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** Documents keep every revision (author, time, content); any revision can be read and restored as a new one. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Docs');
});
afterAll(() => t.close());

const VERSIONS = `query($id: ID!) { document(id: $id) { revision title content versions(first: 20, orderBy: [{ field: REVISION, direction: ASC }]) { totalCount nodes { revision title content authorId createdAt } } } }`;
const EDIT = `mutation($id: ID!, $input: UpdateDocumentInput!) { updateDocument(id: $id, input: $input) { revision } }`;
const RESTORE = `mutation($id: ID!, $r: Int!) { restoreDocumentVersion(documentId: $id, revision: $r) { revision title content } }`;

it('keeps each edit as a revision with its author and time, and restores an old one as a new revision', async () => {
  const editor = await t.addMember(a, 'MEMBER', 'Edith Editor');
  const { createDocument } = await a.owner.ok(`mutation { createDocument(input: { title: "PRD", content: "v1 text", type: PRD }) { id revision authorId } }`);
  expect(createDocument).toMatchObject({ revision: 1, authorId: a.userId });
  const id = createDocument.id;
  expect((await editor.ok(EDIT, { id, input: { content: 'v2 text' } })).updateDocument.revision).toBe(2);
  expect((await a.owner.ok(EDIT, { id, input: { title: 'PRD final', content: 'v3 text' } })).updateDocument.revision).toBe(3);
  // A status change is not an edit of the text: no revision.
  expect((await a.owner.ok(EDIT, { id, input: { status: 'REVIEW' } })).updateDocument.revision).toBe(3);

  const { document } = await a.owner.ok(VERSIONS, { id });
  expect(document.versions.nodes.map(({ createdAt, ...v }: { createdAt: string }) => v)).toEqual([
    { revision: 1, title: 'PRD', content: 'v1 text', authorId: a.userId },
    { revision: 2, title: 'PRD', content: 'v2 text', authorId: editor.userId },
    { revision: 3, title: 'PRD final', content: 'v3 text', authorId: a.userId },
  ]);
  expect(document.versions.nodes.every((v: { createdAt: string }) => !Number.isNaN(Date.parse(v.createdAt)))).toBe(true);

  // Any revision can be read on its own.
  const { documentVersions } = await a.owner.ok(`query($id: ID!) { documentVersions(first: 5, where: { documentId: { eq: $id }, revision: { eq: 2 } }) { nodes { content } } }`, { id });
  expect(documentVersions.nodes).toEqual([{ content: 'v2 text' }]);

  const { restoreDocumentVersion } = await editor.ok(RESTORE, { id, r: 1 });
  expect(restoreDocumentVersion).toEqual({ revision: 4, title: 'PRD', content: 'v1 text' });
  const after = (await a.owner.ok(VERSIONS, { id })).document;
  expect(after.versions.totalCount).toBe(4);
  expect(after.versions.nodes.map((v: { revision: number; content: string; authorId: string }) => [v.revision, v.content, v.authorId])).toEqual([
    [1, 'v1 text', a.userId], [2, 'v2 text', editor.userId], [3, 'v3 text', a.userId], [4, 'v1 text', editor.userId],
  ]);
  const audit = await t.sql(`SELECT action FROM audit_logs WHERE entity_id = $1 ORDER BY created_at, id`, [id]);
  expect(audit.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'RESTORE_DOCUMENT_VERSION']);
});

it('refuses a revision that does not exist, and writes nothing', async () => {
  const { createDocument } = await a.owner.ok(`mutation { createDocument(input: { title: "RFC", content: "only" }) { id } }`);
  const error = await a.owner.fails(RESTORE, { id: createDocument.id, r: 7 });
  expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'revision' });
  expect((await a.owner.fails(RESTORE, { id: createDocument.id, r: 0 })).extensions?.code).toBe('BAD_USER_INPUT');
  const { document } = await a.owner.ok(VERSIONS, { id: createDocument.id });
  expect([document.revision, document.versions.totalCount]).toEqual([1, 1]);
});

it('versions are written by the server only, and another organization sees none of them', async () => {
  const { __schema } = await a.owner.ok(`{ __schema { mutationType { fields { name } } } }`);
  const names = __schema.mutationType.fields.map((f: { name: string }) => f.name);
  expect(names).not.toContain('createDocumentVersion');
  expect(names).not.toContain('updateDocumentVersion');
  const { createDocument } = await a.owner.ok(`mutation { createDocument(input: { title: "Secret", content: "ours" }) { id } }`);
  const b = await t.createTenant('Docs B');
  expect((await b.owner.ok(`query($id: ID!) { document(id: $id) { id } }`, { id: createDocument.id })).document).toBeNull();
  const { documentVersions } = await b.owner.ok(`query($id: ID!) { documentVersions(first: 5, where: { documentId: { eq: $id } }) { totalCount } }`, { id: createDocument.id });
  expect(documentVersions.totalCount).toBe(0);
  expect((await b.owner.fails(RESTORE, { id: createDocument.id, r: 1 })).extensions?.code).toBe('NOT_FOUND');
});

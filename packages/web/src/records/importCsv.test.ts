import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLInputObjectType } from 'graphql';
import { inPeoplesWords } from '../lib/errors';
import { autoMapping, describeRowError, prepareRows } from './importCsv';
import { companyImport, contactImport, dealImport } from './importFields';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));

describe('CSV import', () => {
  it.each([['CreateCompanyInput', companyImport], ['CreateContactInput', contactImport], ['CreateDealInput', dealImport]] as const)('offers exactly the fields of %s (but custom fields)', (name, decl) => {
    const input = schema.getType(name) as GraphQLInputObjectType;
    const fields = Object.values(input.getFields()).filter((f) => f.name !== 'customFields');
    expect(decl.fields.map((f) => f.name).sort()).toEqual(fields.map((f) => f.name).sort());
    expect(decl.fields.filter((f) => f.required).map((f) => f.name).sort()).toEqual(fields.filter((f) => String(f.type).endsWith('!')).map((f) => f.name).sort());
  });

  it('matches headers to fields by name, label and usual spellings', () => {
    expect(autoMapping(['Company name', 'E-mail', 'employee_count', 'Zip', 'Unrelated'], companyImport.fields))
      .toEqual({ 'Company name': 'name', 'E-mail': 'email', employee_count: 'employeeCount', Zip: 'postalCode' });
    expect(autoMapping(['First Name', 'last_name', 'Title'], contactImport.fields)).toEqual({ 'First Name': 'firstName', last_name: 'lastName', Title: 'jobTitle' });
    expect(autoMapping(['Amount', 'Close date', 'Stage', 'Owner'], dealImport.fields)).toEqual({ Amount: 'value', 'Close date': 'expectedCloseDate', Stage: 'stageId', Owner: 'ownerId' });
  });

  it('sends only mapped columns, resolved, with defaults for missing fields, rows in order', () => {
    const out = prepareRows(['Deal', 'Skip', 'Stage', 'Owner'], [['A', 'x', 'Won', 'Ann'], ['B', 'y', '', 'bob']], { Deal: 'title', Stage: 'stageId', Owner: 'ownerId' }, {
      resolve: { stageId: (c) => (c === 'Won' ? 's-won' : c), ownerId: (c) => (c === 'Ann' ? 'u-ann' : c) },
      defaults: { stageId: { value: 's-lead' } },
    });
    expect(out.fields).toEqual(['Deal', 'Stage', 'Owner']);
    expect(out.data).toEqual([['A', 's-won', 'u-ann'], ['B', 's-lead', 'bob']]);
    const unmapped = prepareRows(['Deal'], [['A']], { Deal: 'title' }, { defaults: { stageId: { value: 's-lead' } } });
    expect(unmapped).toEqual({ fields: ['Deal', '__default_stageId'], data: [['A', 's-lead']], mapping: { Deal: 'title', __default_stageId: 'stageId' } });
  });

  it('says what is wrong with a row in people’s words', () => {
    const f = dealImport.fields;
    expect(describeRowError({ row: 4, field: 'title', code: 'BAD_USER_INPUT', message: 'title is required' }, f)).toEqual({ line: 4, field: 'Title', message: 'Title is missing.' });
    expect(describeRowError({ row: 5, field: 'value', code: 'BAD_USER_INPUT', message: 'Amount: Decimal must be a string like "1234.56" (at most 13 integer and 4 fractional digits)' }, f).message)
      .toBe('Value must be an amount like 1200 or 99.50 (no currency sign, not negative).');
    expect(describeRowError({ row: 6, field: 'probability', code: 'BAD_USER_INPUT', message: 'Chance: must be a number' }, f).message).toBe('Probability must be a number, like 0.25.');
    expect(describeRowError({ row: 7, field: 'priority', code: 'BAD_USER_INPUT', message: 'Prio: must be one of LOW, MEDIUM, HIGH' }, f).message).toBe('Priority must be one of: low, medium, high.');
    expect(inPeoplesWords('currency must be an upper-case ISO 4217 code, e.g. USD')).toBe('Currency must be a three-letter currency code, like USD or EUR.');
    expect(inPeoplesWords('website must be an URL address')).toBe('Website must be a web address, like example.com.');
    expect(inPeoplesWords('expectedCloseDate must be a date and time')).toBe('Expected close date must be a date and time, like 2026-03-31 14:00.');
  });
});

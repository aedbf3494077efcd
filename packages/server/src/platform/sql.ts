/**
 * A tiny parameterised SQL builder: values never touch the SQL text, fragments nest,
 * and identifiers come only from entity metadata (never from client input).
 */
export class Sql {
  constructor(readonly parts: readonly string[], readonly values: readonly unknown[]) {}

  static raw(text: string): Sql {
    return new Sql([text], []);
  }

  /** Renders to `$n` placeholders, numbering from `offset + 1`. */
  compile(offset = 0): { text: string; values: unknown[] } {
    let text = this.parts[0];
    for (let i = 0; i < this.values.length; i++) text += `$${offset + i + 1}` + this.parts[i + 1];
    return { text, values: [...this.values] };
  }

  get isEmpty(): boolean {
    return this.values.length === 0 && this.parts.every((p) => p.trim() === '');
  }
}

export function sql(strings: TemplateStringsArray, ...args: unknown[]): Sql {
  const parts: string[] = [strings[0]];
  const values: unknown[] = [];
  args.forEach((arg, i) => {
    if (arg instanceof Sql) {
      parts[parts.length - 1] += arg.parts[0];
      for (let j = 0; j < arg.values.length; j++) {
        values.push(arg.values[j]);
        parts.push(arg.parts[j + 1]);
      }
    } else {
      values.push(arg);
      parts.push('');
    }
    parts[parts.length - 1] += strings[i + 1];
  });
  return new Sql(parts, values);
}

/**
 * A whole number written into the text, not sent as a parameter: for page sizes in named statements.
 * PostgreSQL plans `LIMIT $n` as if a tenth of the rows came back, so the generic plan looks far
 * dearer than it is and every execution is planned again; with the number in the text it is kept.
 */
export function intLiteral(n: number): Sql {
  if (!Number.isSafeInteger(n)) throw new Error(`Not a whole number: ${n}`);
  return Sql.raw(String(n));
}

export function ident(name: string): Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return Sql.raw(`"${name}"`);
}

export function joinSql(fragments: readonly Sql[], separator: string): Sql {
  if (fragments.length === 0) return Sql.raw('');
  return fragments.slice(1).reduce((acc, frag) => sql`${acc}${Sql.raw(separator)}${frag}`, fragments[0]);
}

export function and(fragments: readonly (Sql | undefined)[]): Sql {
  const present = fragments.filter((f): f is Sql => !!f && !f.isEmpty);
  if (present.length === 0) return Sql.raw('TRUE');
  return sql`(${joinSql(present, ') AND (')})`;
}

export function or(fragments: readonly Sql[]): Sql {
  if (fragments.length === 0) return Sql.raw('FALSE');
  return sql`(${joinSql(fragments, ') OR (')})`;
}

/**
 * The JSON schemas of what each API route answers, read from the TypeScript return types of the
 * controllers' handlers (the handlers return plain objects, not DTO classes, so Swagger cannot see
 * them), written to openapi/response-schemas.json, which the OpenAPI document takes its success
 * responses from (apps/api/src/openapi/response-schemas.ts):
 *
 *   npm run openapi:responses            (rewrites the file)
 *   node dist/scripts/response-schemas.js --check   (exits 1 if the file differs from the code)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

type Schema = Record<string, unknown>;
const ROOT = join(__dirname, '..', '..');
const TARGET = join(ROOT, 'openapi', 'response-schemas.json');
const VERBS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
const MAX_DEPTH = 12;

function decoratorNames(node: ts.Node): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((d) =>
    ts.isCallExpression(d.expression) ? d.expression.expression.getText() : d.expression.getText(),
  );
}

class SchemaWriter {
  constructor(private readonly checker: ts.TypeChecker) {}

  schema(type: ts.Type, at: ts.Node, seen: readonly ts.Type[] = []): Schema {
    const { checker } = this;
    if (seen.includes(type) || seen.length > MAX_DEPTH) return {};
    const inner = [...seen, type];
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (flags & ts.TypeFlags.StringLiteral) return { type: 'string', enum: [(type as ts.StringLiteralType).value] };
    if (flags & ts.TypeFlags.NumberLiteral) return { type: 'number', enum: [(type as ts.NumberLiteralType).value] };
    if (flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean' };
    if (flags & ts.TypeFlags.StringLike) return { type: 'string' };
    if (flags & ts.TypeFlags.NumberLike) return { type: 'number' };
    if (flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (type.isUnion()) return this.union(type.types, at, inner);
    if (type.isIntersection()) {
      const primitive = type.types.find((t) => t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike));
      if (primitive) return this.schema(primitive, at, inner);
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: items.length === 1 || checker.isArrayType(type) ? this.schema(items[0], at, inner) : this.union([...items], at, inner) };
    }
    const name = type.getSymbol()?.getName();
    if (name === 'Date') return { type: 'string', format: 'date-time' };
    if (name === 'Buffer' || name === 'Uint8Array') return { type: 'string', format: 'binary' };
    return this.object(type, at, inner);
  }

  private union(types: readonly ts.Type[], at: ts.Node, seen: readonly ts.Type[]): Schema {
    const present = types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const nullable = present.some((t) => t.flags & ts.TypeFlags.Null);
    const rest = present.filter((t) => !(t.flags & ts.TypeFlags.Null));
    let schema: Schema;
    if (rest.length > 0 && rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) schema = { type: 'boolean' };
    else if (rest.length > 0 && rest.every((t) => t.flags & ts.TypeFlags.StringLiteral)) schema = { type: 'string', enum: rest.map((t) => (t as ts.StringLiteralType).value).sort() };
    else {
      const parts = rest.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral) || t === rest.find((u) => u.flags & ts.TypeFlags.BooleanLiteral));
      const schemas = parts.map((t) => this.schema(t, at, seen));
      const unique = [...new Map(schemas.map((s) => [JSON.stringify(s), s])).values()];
      schema = unique.length === 1 ? unique[0] : unique.length === 0 ? {} : { anyOf: unique };
    }
    if (!nullable || Object.keys(schema).length === 0) return schema;
    // OpenAPI 3.0 has no null type: `nullable` goes beside a `type`, so on each member of a union.
    if (Array.isArray(schema.anyOf)) return { anyOf: (schema.anyOf as Schema[]).map((member) => ({ ...member, nullable: true })) };
    return { ...schema, nullable: true };
  }

  private object(type: ts.Type, at: ts.Node, seen: readonly ts.Type[]): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const propertyType = this.checker.getTypeOfSymbolAtLocation(property, at);
      if (propertyType.getCallSignatures().length > 0) continue;
      properties[property.getName()] = this.schema(propertyType, at, seen);
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0 || (propertyType.isUnion() && propertyType.types.some((t) => t.flags & ts.TypeFlags.Undefined));
      if (!optional) required.push(property.getName());
    }
    const index = type.getStringIndexType();
    const schema: Schema = { type: 'object', properties };
    if (required.length > 0) schema.required = required;
    if (index) schema.additionalProperties = this.schema(index, at, seen);
    return schema;
  }
}

/** `{Controller_method: schema}` for every handler of every API controller (not the web pages). */
export function responseSchemas(): Record<string, Schema> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, ts.sys as never)!;
  const files = config.fileNames.filter((f) => f.endsWith('.controller.ts') && f.includes('/apps/api/src/') && !f.includes('/web/'));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const writer = new SchemaWriter(checker);
  const out: Record<string, Schema> = {};
  for (const file of files.sort()) {
    ts.forEachChild(program.getSourceFile(file)!, (node) => {
      if (!ts.isClassDeclaration(node) || !node.name || !decoratorNames(node).includes('Controller')) return;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !decoratorNames(member).some((d) => VERBS.has(d))) continue;
        const signature = checker.getSignatureFromDeclaration(member);
        if (!signature) continue;
        const returned = checker.getAwaitedType(checker.getReturnTypeOfSignature(signature)) ?? checker.getReturnTypeOfSignature(signature);
        if (returned.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) continue;
        if (['StreamableFile'].includes(returned.getSymbol()?.getName() ?? '')) continue;
        out[`${node.name.text}_${member.name.getText()}`] = writer.schema(returned, member);
      }
    });
  }
  return out;
}

if (require.main === module) {
  const text = `${JSON.stringify(responseSchemas(), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(TARGET, 'utf8') !== text) {
      console.error('openapi/response-schemas.json differs from the controllers: run `npm run openapi:responses` and commit it');
      process.exit(1);
    }
  } else {
    writeFileSync(TARGET, text);
  }
}

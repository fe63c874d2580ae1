// A client's `{{…}}` values, and the check that every variable a client's files use has one.
import { substitute, type VariableUse } from '../content/variables.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ClientPlan } from './client.js';

/** Every variable's value for one client: its details, its `vars`, and the workshop's title and subtitle. */
export function variableValues(
  plan: ClientPlan,
  title: string,
  subtitle: string | undefined,
  dateText: string | undefined,
): Record<string, string> {
  const base: Record<string, string> = {
    'client.name': plan.info.name ?? '',
    'client.facilitator': plan.info.facilitator ?? '',
    'client.date': dateText ?? '',
    'client.location': plan.info.location ?? '',
  };
  for (const [k, v] of Object.entries(plan.vars)) base[`vars.${k}`] = v;
  // Values may use each other ("Acme {{vars.region}}", a var that says "{{client.name}}"): a few
  // passes settle any chain; a cycle is left as written rather than looping.
  for (let pass = 0; pass < 3; pass++) for (const key of Object.keys(base)) base[key] = substitute(base[key]!, base);
  // The workshop title may itself use client variables ("Leading at {{client.name}}").
  base['workshop.title'] = substitute(title, base);
  base['workshop.subtitle'] = substitute(subtitle ?? '', base);
  return base;
}

/** `{{vars.NAME}}` must have a value for every client whose kit uses the file; one message per use names them all. */
export function checkVariables(
  plans: readonly ClientPlan[],
  variables: ReadonlyMap<string, VariableUse[]>,
): Diagnostic[] {
  const missing = new Map<VariableUse, ClientPlan[]>();
  for (const plan of plans) {
    for (const file of plan.files) {
      for (const use of variables.get(file) ?? []) {
        if (!use.name.startsWith('vars.') || use.name.slice(5) in plan.vars) continue;
        missing.set(use, [...(missing.get(use) ?? []), plan]);
      }
    }
  }
  return [...missing].map(([use, lacking]) => {
    const name = use.name.slice(5);
    const clients = lacking.filter((p) => p.client).map((p) => `\`${p.id}\``);
    const where = clients.length
      ? `neither workshop.yaml \`vars\` nor client${clients.length === 1 ? '' : 's'} ${clients.join(', ')} set${clients.length === 1 ? 's' : ''} it`
      : 'workshop.yaml has no `vars` entry for it';
    return {
      rule: 'variable/undefined',
      message: `variable \`{{${use.name}}}\` has no value: ${where}; expected \`vars: {${name}: ...}\` in workshop.yaml or the client file`,
      source: use.source,
    };
  });
}

import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/dns/record-sets.ts
function recordSetProvider(api) {
  return {
    name: api.name,
    listZones: () => api.listZones(),
    async appendTxt(zone, fqdn, value, ttl) {
      const existing = await api.read(zone, fqdn);
      if (existing?.values.includes(value)) return void 0;
      await api.write(zone, fqdn, [...existing?.values ?? [], value], existing?.ttl ?? ttl, existing);
      return { zone, fqdn, value };
    },
    async findTxt(zone, fqdn, value) {
      return (await api.read(zone, fqdn))?.values.includes(value) ? { zone, fqdn, value } : void 0;
    },
    async deleteTxt({ zone, fqdn, value }) {
      const existing = await api.read(zone, fqdn);
      if (!existing?.values.includes(value)) return;
      const rest = existing.values.filter((other) => other !== value);
      if (rest.length === 0) await api.remove(zone, fqdn, existing);
      else await api.write(zone, fqdn, rest, existing.ttl, existing);
    }
  };
}

export {
  recordSetProvider
};

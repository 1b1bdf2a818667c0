import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  toAsciiName
} from "./chunk-VEJFUO4D.js";

// src/dns/zone-ids.ts
var ZoneIds = class {
  constructor(providerName, listZones) {
    this.providerName = providerName;
    this.listZones = listZones;
  }
  providerName;
  listZones;
  ids = /* @__PURE__ */ new Map();
  /** Records a listed zone's id and returns its name in the form zones are compared in. */
  remember(name, id) {
    const zone = toAsciiName(name);
    this.ids.set(zone, id);
    return zone;
  }
  async of(zone) {
    if (!this.ids.has(zone)) await this.listZones();
    const id = this.ids.get(zone);
    if (id === void 0) throw new Error(`${this.providerName} has no zone ${zone} these credentials can see`);
    return id;
  }
};

export {
  ZoneIds
};

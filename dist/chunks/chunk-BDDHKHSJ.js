import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  readServiceUrl
} from "./chunk-2O4VOWNE.js";
import {
  InputError
} from "./chunk-GAY36EZ4.js";

// src/dns/providers/definition.ts
function endpointInput(definition) {
  return `${definition.id}-endpoint`;
}
function secretVariableNames(definition) {
  return Object.values(definition.variables).flatMap((variable) => variable.secret ? [...variable.names] : []);
}
function variableNames(variable) {
  return variable.names.join(" / ");
}
function hasAnyRequiredVariable(definition, env) {
  return Object.values(definition.variables).some((variable) => variable.required && variable.names.some((name) => env[name]?.trim()));
}
function readProviderSettings(definition, rawEndpoint, env) {
  const values = {};
  const missing = [];
  for (const [key, variable] of Object.entries(definition.variables)) {
    const value = variable.names.map((name) => env[name]?.trim()).find((candidate) => candidate);
    if (value) values[key] = value;
    else if (variable.required) missing.push(variable);
  }
  if (missing.length > 0) {
    const names = missing.map(variableNames);
    const example = missing.map((variable) => `${variable.names[0]}: \${{ secrets.${variable.names[0]} }}`).join(", ");
    throw new InputError(
      "dns",
      `${definition.name} (${definition.id}) needs credentials in the environment, but ${names.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set`,
      `Map ${missing.length > 1 ? "them" : "it"} from repository secrets in the step, e.g. \`env: { ${example} }\`.`
    );
  }
  definition.check?.(values);
  if (!definition.endpoint) return { endpoint: "", env: values };
  const url = readServiceUrl(rawEndpoint || definition.endpoint.default, endpointInput(definition), definition.endpoint.default);
  return { endpoint: url.href.replace(/\/$/, ""), env: values };
}

export {
  endpointInput,
  secretVariableNames,
  variableNames,
  hasAnyRequiredVariable,
  readProviderSettings
};

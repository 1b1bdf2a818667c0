import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);

// src/config/input-helper.ts
var InputError = class extends Error {
  constructor(input, problem, fix) {
    super(`Input '${input}': ${problem}. ${fix}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function readString(src, name) {
  return src(name).trim();
}
function readRequired(src, name, fix) {
  const value = readString(src, name);
  if (!value) throw new InputError(name, "is required but empty", fix);
  return value;
}
function readList(src, name) {
  return splitList(src(name));
}
function splitList(raw) {
  return raw.split(/[\n,]/).map((item) => item.trim()).filter((item) => item.length > 0);
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function readBoolean(src, name, fallback) {
  const value = readString(src, name);
  if (value === "") return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, `'${value}' is not a boolean`, "Use true or false.");
}
function readInteger(src, name, fallback, range) {
  const value = readString(src, name);
  if (value === "") return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > range.max) {
    throw new InputError(
      name,
      `'${value}' is not a whole number from ${range.min} to ${range.max}`,
      `Give a whole number from ${range.min} to ${range.max}.`
    );
  }
  return parsed;
}
function readPositiveNumber(src, name, fallback, max) {
  const value = readString(src, name);
  if (value === "") return fallback;
  const parsed = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed > 0 && parsed <= max)) {
    throw new InputError(name, `'${value}' is not a number above 0 and up to ${max}`, `Give a number such as 20 or 0.5, at most ${max}.`);
  }
  return parsed;
}
function readChoice(src, name, choices, fallback) {
  const value = readString(src, name);
  if (value === "") return fallback;
  if (choices.includes(value)) return value;
  throw new InputError(name, `'${value}' is not supported`, `Use one of: ${choices.join(", ")}.`);
}

export {
  InputError,
  readString,
  readRequired,
  readList,
  splitList,
  readBoolean,
  readInteger,
  readPositiveNumber,
  readChoice
};

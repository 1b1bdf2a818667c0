import { createRequire as __acmeDeployCreateRequire } from 'node:module';
import { fileURLToPath as __acmeDeployFileURLToPath } from 'node:url';
import { dirname as __acmeDeployDirname } from 'node:path';
var require = __acmeDeployCreateRequire(import.meta.url);
var __filename = __acmeDeployFileURLToPath(import.meta.url);
var __dirname = __acmeDeployDirname(__filename);
import {
  tencentcloud
} from "./chunk-6UY4ZMDD.js";
import {
  require_json_bigint
} from "./chunk-OI4EBTUF.js";
import {
  variableNames
} from "./chunk-BDDHKHSJ.js";
import "./chunk-2O4VOWNE.js";
import {
  relativeName,
  toAsciiName
} from "./chunk-VEJFUO4D.js";
import "./chunk-GAY36EZ4.js";
import {
  DnsApiError,
  apiCaller,
  parseJson,
  send
} from "./chunk-Y6RXF2SB.js";
import "./chunk-XQDUAZ6U.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7CFZY2FN.js";

// node_modules/tencentcloud-sdk-nodejs-common/node_modules/tslib/tslib.js
var require_tslib = __commonJS({
  "node_modules/tencentcloud-sdk-nodejs-common/node_modules/tslib/tslib.js"(exports, module) {
    var __extends;
    var __assign;
    var __rest;
    var __decorate;
    var __param;
    var __metadata;
    var __awaiter;
    var __generator;
    var __exportStar;
    var __values;
    var __read;
    var __spread;
    var __spreadArrays;
    var __await;
    var __asyncGenerator;
    var __asyncDelegator;
    var __asyncValues;
    var __makeTemplateObject;
    var __importStar;
    var __importDefault;
    var __classPrivateFieldGet;
    var __classPrivateFieldSet;
    var __createBinding;
    (function(factory) {
      var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
      if (typeof define === "function" && define.amd) {
        define("tslib", ["exports"], function(exports2) {
          factory(createExporter(root, createExporter(exports2)));
        });
      } else if (typeof module === "object" && typeof module.exports === "object") {
        factory(createExporter(root, createExporter(module.exports)));
      } else {
        factory(createExporter(root));
      }
      function createExporter(exports2, previous) {
        if (exports2 !== root) {
          if (typeof Object.create === "function") {
            Object.defineProperty(exports2, "__esModule", { value: true });
          } else {
            exports2.__esModule = true;
          }
        }
        return function(id, v) {
          return exports2[id] = previous ? previous(id, v) : v;
        };
      }
    })(function(exporter) {
      var extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d, b) {
        d.__proto__ = b;
      } || function(d, b) {
        for (var p in b) if (b.hasOwnProperty(p)) d[p] = b[p];
      };
      __extends = function(d, b) {
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      };
      __rest = function(s, e) {
        var t = {};
        for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
          t[p] = s[p];
        if (s != null && typeof Object.getOwnPropertySymbols === "function")
          for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
            if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
              t[p[i]] = s[p[i]];
          }
        return t;
      };
      __decorate = function(decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
      };
      __param = function(paramIndex, decorator) {
        return function(target, key) {
          decorator(target, key, paramIndex);
        };
      };
      __metadata = function(metadataKey, metadataValue) {
        if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
      };
      __awaiter = function(thisArg, _arguments, P, generator) {
        function adopt(value) {
          return value instanceof P ? value : new P(function(resolve) {
            resolve(value);
          });
        }
        return new (P || (P = Promise))(function(resolve, reject) {
          function fulfilled(value) {
            try {
              step(generator.next(value));
            } catch (e) {
              reject(e);
            }
          }
          function rejected(value) {
            try {
              step(generator["throw"](value));
            } catch (e) {
              reject(e);
            }
          }
          function step(result) {
            result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
          }
          step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
      };
      __generator = function(thisArg, body) {
        var _ = { label: 0, sent: function() {
          if (t[0] & 1) throw t[1];
          return t[1];
        }, trys: [], ops: [] }, f, y, t, g;
        return g = { next: verb(0), "throw": verb(1), "return": verb(2) }, typeof Symbol === "function" && (g[Symbol.iterator] = function() {
          return this;
        }), g;
        function verb(n) {
          return function(v) {
            return step([n, v]);
          };
        }
        function step(op) {
          if (f) throw new TypeError("Generator is already executing.");
          while (_) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
              case 0:
              case 1:
                t = op;
                break;
              case 4:
                _.label++;
                return { value: op[1], done: false };
              case 5:
                _.label++;
                y = op[1];
                op = [0];
                continue;
              case 7:
                op = _.ops.pop();
                _.trys.pop();
                continue;
              default:
                if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                  _ = 0;
                  continue;
                }
                if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                  _.label = op[1];
                  break;
                }
                if (op[0] === 6 && _.label < t[1]) {
                  _.label = t[1];
                  t = op;
                  break;
                }
                if (t && _.label < t[2]) {
                  _.label = t[2];
                  _.ops.push(op);
                  break;
                }
                if (t[2]) _.ops.pop();
                _.trys.pop();
                continue;
            }
            op = body.call(thisArg, _);
          } catch (e) {
            op = [6, e];
            y = 0;
          } finally {
            f = t = 0;
          }
          if (op[0] & 5) throw op[1];
          return { value: op[0] ? op[1] : void 0, done: true };
        }
      };
      __createBinding = function(o, m, k, k2) {
        if (k2 === void 0) k2 = k;
        o[k2] = m[k];
      };
      __exportStar = function(m, exports2) {
        for (var p in m) if (p !== "default" && !exports2.hasOwnProperty(p)) exports2[p] = m[p];
      };
      __values = function(o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
          next: function() {
            if (o && i >= o.length) o = void 0;
            return { value: o && o[i++], done: !o };
          }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
      };
      __read = function(o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
          while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        } catch (error) {
          e = { error };
        } finally {
          try {
            if (r && !r.done && (m = i["return"])) m.call(i);
          } finally {
            if (e) throw e.error;
          }
        }
        return ar;
      };
      __spread = function() {
        for (var ar = [], i = 0; i < arguments.length; i++)
          ar = ar.concat(__read(arguments[i]));
        return ar;
      };
      __spreadArrays = function() {
        for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
        for (var r = Array(s), k = 0, i = 0; i < il; i++)
          for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
            r[k] = a[j];
        return r;
      };
      __await = function(v) {
        return this instanceof __await ? (this.v = v, this) : new __await(v);
      };
      __asyncGenerator = function(thisArg, _arguments, generator) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var g = generator.apply(thisArg, _arguments || []), i, q = [];
        return i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
          return this;
        }, i;
        function verb(n) {
          if (g[n]) i[n] = function(v) {
            return new Promise(function(a, b) {
              q.push([n, v, a, b]) > 1 || resume(n, v);
            });
          };
        }
        function resume(n, v) {
          try {
            step(g[n](v));
          } catch (e) {
            settle(q[0][3], e);
          }
        }
        function step(r) {
          r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
        }
        function fulfill(value) {
          resume("next", value);
        }
        function reject(value) {
          resume("throw", value);
        }
        function settle(f, v) {
          if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
        }
      };
      __asyncDelegator = function(o) {
        var i, p;
        return i = {}, verb("next"), verb("throw", function(e) {
          throw e;
        }), verb("return"), i[Symbol.iterator] = function() {
          return this;
        }, i;
        function verb(n, f) {
          i[n] = o[n] ? function(v) {
            return (p = !p) ? { value: __await(o[n](v)), done: n === "return" } : f ? f(v) : v;
          } : f;
        }
      };
      __asyncValues = function(o) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var m = o[Symbol.asyncIterator], i;
        return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
          return this;
        }, i);
        function verb(n) {
          i[n] = o[n] && function(v) {
            return new Promise(function(resolve, reject) {
              v = o[n](v), settle(resolve, reject, v.done, v.value);
            });
          };
        }
        function settle(resolve, reject, d, v) {
          Promise.resolve(v).then(function(v2) {
            resolve({ value: v2, done: d });
          }, reject);
        }
      };
      __makeTemplateObject = function(cooked, raw) {
        if (Object.defineProperty) {
          Object.defineProperty(cooked, "raw", { value: raw });
        } else {
          cooked.raw = raw;
        }
        return cooked;
      };
      __importStar = function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k in mod) if (Object.hasOwnProperty.call(mod, k)) result[k] = mod[k];
        }
        result["default"] = mod;
        return result;
      };
      __importDefault = function(mod) {
        return mod && mod.__esModule ? mod : { "default": mod };
      };
      __classPrivateFieldGet = function(receiver, privateMap) {
        if (!privateMap.has(receiver)) {
          throw new TypeError("attempted to get private field on non-instance");
        }
        return privateMap.get(receiver);
      };
      __classPrivateFieldSet = function(receiver, privateMap, value) {
        if (!privateMap.has(receiver)) {
          throw new TypeError("attempted to set private field on non-instance");
        }
        privateMap.set(receiver, value);
        return value;
      };
      exporter("__extends", __extends);
      exporter("__assign", __assign);
      exporter("__rest", __rest);
      exporter("__decorate", __decorate);
      exporter("__param", __param);
      exporter("__metadata", __metadata);
      exporter("__awaiter", __awaiter);
      exporter("__generator", __generator);
      exporter("__exportStar", __exportStar);
      exporter("__createBinding", __createBinding);
      exporter("__values", __values);
      exporter("__read", __read);
      exporter("__spread", __spread);
      exporter("__spreadArrays", __spreadArrays);
      exporter("__await", __await);
      exporter("__asyncGenerator", __asyncGenerator);
      exporter("__asyncDelegator", __asyncDelegator);
      exporter("__asyncValues", __asyncValues);
      exporter("__makeTemplateObject", __makeTemplateObject);
      exporter("__importStar", __importStar);
      exporter("__importDefault", __importDefault);
      exporter("__classPrivateFieldGet", __classPrivateFieldGet);
      exporter("__classPrivateFieldSet", __classPrivateFieldSet);
    });
  }
});

// node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/exception/tencent_cloud_sdk_exception.js
var require_tencent_cloud_sdk_exception = __commonJS({
  "node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/exception/tencent_cloud_sdk_exception.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TencentCloudSDKHttpException = class extends Error {
      constructor(error, requestId = "", traceId = "") {
        super(error);
        this.requestId = requestId || "";
        this.traceId = traceId || "";
      }
      getMessage() {
        return this.message;
      }
      getRequestId() {
        return this.requestId;
      }
      getTraceId() {
        return this.traceId;
      }
      toString() {
        return "[TencentCloudSDKException]message:" + this.getMessage() + "  requestId:" + this.getRequestId() + "  traceId:" + this.getTraceId();
      }
      toLocaleString() {
        return "[TencentCloudSDKException]message:" + this.getMessage() + "  requestId:" + this.getRequestId() + "  traceId:" + this.getTraceId();
      }
    };
    exports.default = TencentCloudSDKHttpException;
  }
});

// node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js
var require_sign = __commonJS({
  "node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = require_tslib();
    var tencent_cloud_sdk_exception_1 = tslib_1.__importDefault(require_tencent_cloud_sdk_exception());
    var crypto = tslib_1.__importStar(__require("crypto"));
    var url_1 = __require("url");
    var json_bigint_1 = tslib_1.__importDefault(require_json_bigint());
    var JSONbigNative = (0, json_bigint_1.default)({ useNativeBigInt: true });
    var Sign2 = class {
      static sign(secretKey, signStr, signMethod) {
        const signMethodMap = {
          HmacSHA1: "sha1",
          HmacSHA256: "sha256"
        };
        if (!signMethodMap.hasOwnProperty(signMethod)) {
          throw new tencent_cloud_sdk_exception_1.default("signMethod invalid, signMethod only support (HmacSHA1, HmacSHA256)");
        }
        const hmac = crypto.createHmac(signMethodMap[signMethod], secretKey || "");
        return hmac.update(Buffer.from(signStr, "utf8")).digest("base64");
      }
      static sign3({ method = "POST", url = "", payload, timestamp, service, secretId, secretKey, multipart, boundary, headers: configHeaders = {} }) {
        const urlObj = new url_1.URL(url);
        const contentType = configHeaders["Content-Type"];
        let headers = "";
        let signedHeaders = "";
        if (method === "GET") {
          signedHeaders = "content-type";
          headers = `content-type:${contentType}
`;
        } else if (method === "POST") {
          signedHeaders = "content-type";
          if (multipart) {
            headers = `content-type:multipart/form-data; boundary=${boundary}
`;
          } else {
            headers = `content-type:${contentType}
`;
          }
        }
        headers += `host:${urlObj.hostname}
`;
        signedHeaders += ";host";
        const path = urlObj.pathname;
        const querystring = urlObj.search.slice(1);
        let payload_hash = "";
        if (multipart) {
          const hash = crypto.createHash("sha256");
          hash.update(`--${boundary}`);
          for (const key in payload) {
            const content = payload[key];
            if (Buffer.isBuffer(content)) {
              hash.update(`\r
Content-Disposition: form-data; name="${key}"\r
Content-Type: application/octet-stream\r
\r
`);
              hash.update(content);
              hash.update("\r\n");
            } else if (typeof content === "string") {
              hash.update(`\r
Content-Disposition: form-data; name="${key}"\r
\r
`);
              hash.update(`${content}\r
`);
            }
            hash.update(`--${boundary}`);
          }
          hash.update(`--\r
`);
          payload_hash = hash.digest("hex");
        } else {
          const hashMessage = Buffer.isBuffer(payload) ? payload : JSONbigNative.stringify(payload);
          payload_hash = payload ? getHash(hashMessage) : getHash("");
        }
        const canonicalRequest = method + "\n" + path + "\n" + querystring + "\n" + headers + "\n" + signedHeaders + "\n" + payload_hash;
        const date = getDate(timestamp);
        const StringToSign = "TC3-HMAC-SHA256\n" + timestamp + `
${date}/${service}/tc3_request
` + getHash(canonicalRequest);
        const kDate = sha256(date, "TC3" + secretKey);
        const kService = sha256(service, kDate);
        const kSigning = sha256("tc3_request", kService);
        const signature = sha256(StringToSign, kSigning, "hex");
        return `TC3-HMAC-SHA256 Credential=${secretId}/${date}/${service}/tc3_request, SignedHeaders=${signedHeaders}, Signature=${signature}`;
      }
    };
    exports.default = Sign2;
    function sha256(message, secret = "", encoding) {
      const hmac = crypto.createHmac("sha256", secret);
      return hmac.update(message).digest(encoding);
    }
    function getHash(message, encoding = "hex") {
      const hash = crypto.createHash("sha256");
      return hash.update(message).digest(encoding);
    }
    function getDate(timestamp) {
      const date = new Date(timestamp * 1e3);
      const year = date.getUTCFullYear();
      const month = ("0" + (date.getUTCMonth() + 1)).slice(-2);
      const day = ("0" + date.getUTCDate()).slice(-2);
      return `${year}-${month}-${day}`;
    }
  }
});

// src/dns/tencentcloud.ts
var import_sign = __toESM(require_sign(), 1);
var Sign = import_sign.default.default;
var NAME = "DNSPod";
var SERVICE = "dnspod";
var VERSION = "2021-03-23";
var PAGE_SIZE = 100;
var DEFAULT_LINE = "\u9ED8\u8BA4";
var ID = variableNames(tencentcloud.variables.secretId);
var KEY = variableNames(tencentcloud.variables.secretKey);
var TOKEN = variableNames(tencentcloud.variables.sessionToken);
function createTencentCloudProvider(options) {
  const call = apiCaller({ log: options.log, retry: options.retry, isThrottled: (error) => error.code.startsWith("RequestLimitExceeded") });
  const { secretId, secretKey, sessionToken } = options.credentials;
  async function request(action, params) {
    return call(async () => {
      const body = JSON.stringify(params);
      const timestamp = Math.floor(Date.now() / 1e3);
      const headers = {
        "Content-Type": "application/json",
        "X-TC-Action": action,
        "X-TC-Version": VERSION,
        "X-TC-Timestamp": String(timestamp),
        ...sessionToken ? { "X-TC-Token": sessionToken } : {}
      };
      const authorization = Sign.sign3({
        method: "POST",
        url: `${options.endpoint}/`,
        payload: Buffer.from(body),
        timestamp,
        service: SERVICE,
        secretId,
        secretKey,
        multipart: false,
        boundary: "",
        headers
      });
      const answer = await send(NAME, action, `${options.endpoint}/`, { method: "POST", headers: { ...headers, Authorization: authorization }, body });
      const { Response: response } = parseJson(NAME, action, answer, "tencentcloud-endpoint");
      if (!response?.Error && answer.status < 300) return response;
      const code = response?.Error?.Code ?? `HTTP${answer.status}`;
      const facts = { action, code, requestId: response?.RequestId, httpStatus: answer.status };
      throw new DnsApiError(NAME, facts, explain(code, action) ?? redact(response?.Error?.Message ?? `HTTP ${answer.status}`, [secretKey, sessionToken]));
    });
  }
  async function findRecordId(zone, fqdn, value) {
    try {
      const { RecordList } = await request("DescribeRecordList", {
        Domain: zone,
        Subdomain: relativeName(fqdn, zone),
        RecordType: "TXT"
      });
      return RecordList.find((record) => record.Value === value)?.RecordId;
    } catch (error) {
      if (error instanceof DnsApiError && error.code === "ResourceNotFound.NoDataOfRecord") return void 0;
      throw error;
    }
  }
  return {
    name: NAME,
    async listZones() {
      const zones = [];
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await request(
          "DescribeDomainList",
          { Type: "ALL", Offset: offset, Limit: PAGE_SIZE }
        );
        zones.push(...page.DomainList.map((domain) => toAsciiName(domain.Punycode || domain.Name)));
        if (page.DomainList.length === 0 || zones.length >= page.DomainCountInfo.AllTotal) return zones;
      }
    },
    async appendTxt(zone, fqdn, value, ttl) {
      try {
        const { RecordId } = await request("CreateRecord", {
          Domain: zone,
          SubDomain: relativeName(fqdn, zone),
          RecordType: "TXT",
          RecordLine: DEFAULT_LINE,
          Value: value,
          TTL: ttl
        });
        return { zone, fqdn, value, id: String(RecordId) };
      } catch (error) {
        if (!(error instanceof DnsApiError) || error.code !== "InvalidParameter.DomainRecordExist") throw error;
        if (!error.earlierTryMayHaveWorked) return void 0;
        const found = await findRecordId(zone, fqdn, value);
        return found === void 0 ? void 0 : { zone, fqdn, value, id: String(found) };
      }
    },
    async findTxt(zone, fqdn, value) {
      const found = await findRecordId(zone, fqdn, value);
      return found === void 0 ? void 0 : { zone, fqdn, value, id: String(found) };
    },
    async deleteTxt(record) {
      try {
        await request("DeleteRecord", { Domain: record.zone, RecordId: Number(record.id) });
      } catch (error) {
        if (error instanceof DnsApiError && error.code === "InvalidParameter.RecordIdInvalid") return;
        throw error;
      }
    }
  };
}
function explain(code, action) {
  if (code === "AuthFailure.SignatureFailure") return `the SecretKey (${KEY}) does not match the SecretId (${ID}); copy the key pair again`;
  if (code === "AuthFailure.SecretIdNotFound") return `the SecretId (${ID}) does not exist or is disabled`;
  if (code === "AuthFailure.TokenFailure") return `the session token (${TOKEN}) is not valid or has expired`;
  if (code === "AuthFailure.SignatureExpire") return `the runner's clock is more than 5 minutes off (it reads ${(/* @__PURE__ */ new Date()).toISOString()}); sync it with NTP`;
  if (code === "AuthFailure.UnauthorizedOperation" || code === "UnauthorizedOperation") {
    return `the CAM user of ${ID} may not call dnspod:${action}; see the README for the least policy`;
  }
  if (code === "InvalidParameterValue.DomainNotExists") return "the domain is not in this DNSPod account";
  if (code === "LimitExceeded.RecordTtlLimit") {
    return "the TTL is below the minimum of this DNSPod plan (600 s on the free plan); set dns-ttl to 600 or more";
  }
  return void 0;
}
function redact(text, secrets) {
  return secrets.reduce((result, secret) => secret ? result.split(secret).join("***") : result, text);
}
export {
  createTencentCloudProvider
};

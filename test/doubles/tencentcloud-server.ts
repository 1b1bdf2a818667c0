// A stand-in for Tencent Cloud's DNSPod API 3.0 (version 2021-03-23) on 127.0.0.1. It verifies
// TC3-HMAC-SHA256 signatures as the API gateway does (recomputed here from the raw request), the
// timestamp window and session tokens, keeps one record per value with DNSPod's rules, and answers
// with the real envelope ({Response: {..., RequestId}} with Error {Code, Message}, HTTP 200) and
// error codes. Optionally it mirrors TXT records into pebble-challtestsrv.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mirrorTxt } from '../support/challtestsrv.js';
import { serializer, startLoopbackApi } from './loopback-api.js';

export interface TencentCloudServerOptions {
  /** SecretId → SecretKey. */
  secrets: Record<string, string>;
  /** SecretIds of temporary credentials → the token each must come with. */
  tokens?: Record<string, string>;
  zones: string[];
  /** The smallest TTL the domain's plan allows (600 on the free plan). */
  minTtl?: number;
  challtestsrv?: { managementUrl: string };
}

export interface DnsPodRecord {
  RecordId: number;
  Domain: string;
  Name: string;
  Type: string;
  Value: string;
  TTL: number;
  Line: string;
}

export interface TencentCloudServer {
  endpoint: string;
  records(): DnsPodRecord[];
  requests: Array<{ action: string; params: Record<string, unknown>; code?: string }>;
  failNext(code: string, times?: number): void;
  stop(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const SERVICE = 'dnspod';
const VERSION = '2021-03-23';
const WINDOW_S = 300;
const LINES = new Set(['默认', 'Default']);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const INJECTABLE: Record<string, string> = {
  RequestLimitExceeded: '请求的次数超过了频率限制。',
  InternalError: '内部错误。',
  'AuthFailure.UnauthorizedOperation': '请求未授权。请参考 CAM 文档对鉴权的说明。',
};

export async function startTencentCloudServer(options: TencentCloudServerOptions): Promise<TencentCloudServer> {
  const zones = options.zones.map((name) => name.toLowerCase());
  const stored: DnsPodRecord[] = [];
  const requests: TencentCloudServer['requests'] = [];
  const failures: string[] = [];
  let nextId = 1_500_000_001;
  const serialized = serializer();

  function authenticate(req: IncomingMessage, body: Buffer): void {
    const authorization = String(req.headers.authorization ?? '');
    const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match) throw new ApiError('AuthFailure.InvalidAuthorization', '请求头部的 Authorization 不符合腾讯云标准。');
    const [, secretId, date, service, signedHeaders, signature] = match;
    const timestamp = Number(req.headers['x-tc-timestamp']);
    if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > WINDOW_S) {
      throw new ApiError('AuthFailure.SignatureExpire', '签名过期。Timestamp 和服务器时间相差不得超过五分钟。');
    }
    const secretKey = options.secrets[secretId];
    if (secretKey === undefined) throw new ApiError('AuthFailure.SecretIdNotFound', '密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。');
    const token = options.tokens?.[secretId];
    if (token !== undefined && req.headers['x-tc-token'] !== token) throw new ApiError('AuthFailure.TokenFailure', 'token 错误。');
    const signed = signedHeaders.split(';');
    if (service !== SERVICE || date !== new Date(timestamp * 1000).toISOString().slice(0, 10) || !signed.includes('content-type') || !signed.includes('host')) {
      throw new ApiError('AuthFailure.SignatureFailure', '请求签名验证失败，请检查您的签名计算是否正确。');
    }
    const header = (name: string) => {
      const value = String(req.headers[name] ?? '').trim().toLowerCase();
      // The signed host is the name the client connected to, without a port.
      return name === 'host' ? value.replace(/:\d+$/, '') : value;
    };
    const url = new URL(req.url ?? '/', 'http://double');
    const canonical = [req.method, url.pathname, url.search.slice(1), signed.map((name) => `${name}:${header(name)}\n`).join(''), signedHeaders, sha256(body)].join('\n');
    const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), `${date}/${service}/tc3_request`, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
    if (createHmac('sha256', key).update(stringToSign).digest('hex') !== signature) {
      throw new ApiError('AuthFailure.SignatureFailure', '请求签名验证失败，请检查您的签名计算是否正确。');
    }
  }

  function zoneNamed(name: unknown): string {
    if (typeof name !== 'string' || !name) throw new ApiError('MissingParameter', 'The request is missing a required parameter `Domain`.');
    const zone = zones.find((candidate) => candidate === name.toLowerCase());
    if (!zone) throw new ApiError('InvalidParameterValue.DomainNotExists', '当前域名有误，请返回重新操作。');
    return zone;
  }

  async function mirror(zone: string, name: string): Promise<void> {
    if (!options.challtestsrv) return;
    const fqdn = name === '@' ? zone : `${name}.${zone}`;
    const values = stored.filter((record) => record.Domain === zone && record.Name === name && record.Type === 'TXT').map((record) => record.Value);
    await mirrorTxt(options.challtestsrv.managementUrl, fqdn, values);
  }

  const actions: Record<string, (params: Record<string, any>) => Promise<object> | object> = {
    DescribeDomainList({ Offset = 0, Limit = 20 }) {
      if (!(Limit >= 1 && Limit <= 3000)) throw new ApiError('InvalidParameterValue.LimitInvalid', '分页长度数量错误。');
      const page = zones.slice(Offset, Offset + Limit);
      return {
        DomainCountInfo: { DomainTotal: zones.length, AllTotal: zones.length, MineTotal: zones.length, ShareTotal: 0 },
        DomainList: page.map((name, index) => ({
          DomainId: 60_000_000 + index,
          Name: name,
          Punycode: name,
          Status: 'ENABLE',
          TTL: 600,
          Grade: 'DP_FREE',
          GradeTitle: '免费版',
          RecordCount: stored.filter((record) => record.Domain === name).length,
          DNSStatus: '',
          CreatedOn: '2024-01-01 00:00:00',
          UpdatedOn: '2024-01-01 00:00:00',
        })),
      };
    },
    CreateRecord(params) {
      const zone = zoneNamed(params.Domain);
      const name = String(params.SubDomain ?? '@').toLowerCase() || '@';
      for (const required of ['RecordType', 'RecordLine', 'Value']) {
        if (params[required] === undefined) throw new ApiError('MissingParameter', `The request is missing a required parameter \`${required}\`.`);
      }
      if (!LINES.has(params.RecordLine)) throw new ApiError('InvalidParameter.RecordLineInvalid', '记录线路不正确。');
      const ttl = Number(params.TTL ?? 600);
      if (ttl < (options.minTtl ?? 600) || ttl > 604_800) throw new ApiError('LimitExceeded.RecordTtlLimit', '记录的TTL值超出了限制。');
      return serialized(async () => {
        if (stored.some((record) => record.Domain === zone && record.Name === name && record.Type === params.RecordType && record.Value === params.Value)) {
          throw new ApiError('InvalidParameter.DomainRecordExist', '记录已经存在，无需再次添加。');
        }
        const record = { RecordId: nextId++, Domain: zone, Name: name, Type: String(params.RecordType), Value: String(params.Value), TTL: ttl, Line: '默认' };
        stored.push(record);
        await mirror(zone, name);
        return { RecordId: record.RecordId };
      });
    },
    DescribeRecordList(params) {
      const zone = zoneNamed(params.Domain);
      const list = stored.filter(
        (record) =>
          record.Domain === zone &&
          (params.Subdomain === undefined || record.Name === String(params.Subdomain).toLowerCase()) &&
          (params.RecordType === undefined || record.Type === params.RecordType),
      );
      if (list.length === 0) throw new ApiError('ResourceNotFound.NoDataOfRecord', '记录列表为空。');
      return {
        RecordCountInfo: { SubdomainCount: list.length, ListCount: list.length, TotalCount: list.length },
        RecordList: list.map(({ Domain: _zone, ...record }) => ({ ...record, LineId: '0', Status: 'ENABLE', MX: 0, Weight: null, Remark: '', MonitorStatus: '', UpdatedOn: '2024-01-01 00:00:00', DefaultNS: false })),
      };
    },
    DeleteRecord(params) {
      const zone = zoneNamed(params.Domain);
      return serialized(async () => {
        const index = stored.findIndex((record) => record.Domain === zone && record.RecordId === Number(params.RecordId));
        if (index < 0) throw new ApiError('InvalidParameter.RecordIdInvalid', '记录编号错误。');
        const [record] = stored.splice(index, 1);
        await mirror(zone, record.Name);
        return {};
      });
    },
  };

  async function handle(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const action = String(req.headers['x-tc-action'] ?? '');
    let entry: TencentCloudServer['requests'][number] | undefined;
    const reply = (response: object) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-tc-traceid': requestId });
      res.end(JSON.stringify({ Response: { ...response, RequestId: requestId } }));
    };
    try {
      if (req.method !== 'POST') throw new ApiError('UnsupportedOperation', 'This double speaks POST only.');
      authenticate(req, body);
      if (req.headers['x-tc-version'] !== VERSION) throw new ApiError('InvalidParameterValue', `Version ${String(req.headers['x-tc-version'])} is not supported.`);
      const params = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      entry = { action, params };
      requests.push(entry);
      const injected = failures.shift();
      if (injected) throw new ApiError(injected, INJECTABLE[injected] ?? injected);
      const run = actions[action];
      if (!run) throw new ApiError('InvalidAction', `接口不存在。 ${action}`);
      reply(await run(params));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (entry) entry.code = error.code;
      reply({ Error: { Code: error.code, Message: error.message } });
    }
  }

  const api = await startLoopbackApi(handle);
  return {
    endpoint: `${api.origin}`,
    records: () => stored.map((record) => ({ ...record })),
    requests,
    failNext(code, times = 1) {
      for (let i = 0; i < times; i++) failures.push(code);
    },
    stop: api.stop,
  };
}

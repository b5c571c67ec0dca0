import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, HttpException, HttpStatus, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { Settings } from '../config/settings';
import { Metrics } from './metrics.service';

/**
 * GET /metrics for Prometheus (CONTRACT.md, Operations): with METRICS_TOKEN set, only with that
 * token as a bearer; without, only from this machine, straight to the socket (a request a proxy on
 * this machine forwards says so in X-Forwarded-For or Forwarded, and is refused).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly settings: Settings,
  ) {}

  @Get()
  @Public()
  async scrape(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.admit(request);
    const text = await this.metrics.scrape();
    await reply.header('content-type', this.metrics.contentType).header('cache-control', 'no-store').send(text);
  }

  private admit(request: FastifyRequest): void {
    const token = this.settings.METRICS_TOKEN;
    if (token !== undefined) {
      if (sameText(request.headers.authorization ?? '', `Bearer ${token}`)) return;
      throw new HttpException('METRICS_TOKEN is needed as a bearer token', HttpStatus.UNAUTHORIZED);
    }
    if (!viaProxy(request.headers) && isLoopback(request.socket.remoteAddress)) return;
    throw new HttpException('metrics are served to this machine only (or set METRICS_TOKEN)', HttpStatus.FORBIDDEN);
  }
}

/**
 * Headers that some proxy or other put on a request it passes on: a request that came through a
 * proxy on this machine is from elsewhere, whatever the socket says.
 */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'true-client-ip', 'via'];

export function viaProxy(headers: Record<string, string | string[] | undefined>): boolean {
  return PROXY_HEADERS.some((name) => headers[name] !== undefined);
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

function sameText(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

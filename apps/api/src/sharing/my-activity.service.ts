import { Injectable } from '@nestjs/common';
import {
  bucketStarts,
  localDate,
  recognitionPeriodDays,
  seriesInterval,
  SHARE_NETWORKS,
  type ActivityPeriod,
  type SeriesInterval,
} from '@chorus/core';
import { Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { MyActivityRepository, type DaySpan, type NetworkActivity } from './my-activity.repository';

/** One bucket of the series: shares made and clicks got in it. */
export interface ActivityPoint {
  date: string;
  shares: number;
  clicks: number;
}

export interface MyActivity {
  period: DaySpan;
  interval: SeriesInterval;
  series: ActivityPoint[];
  networks: Omit<NetworkActivity, 'uniqueVisitors' | 'declaredReach'>[];
  totals: Omit<NetworkActivity, 'network'>;
}

/** A person's own figures over a period: over time, by network, and in all. */
@Injectable()
export class MyActivityService {
  constructor(
    private readonly repository: MyActivityRepository,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The period's calendar days ending today in the organisation's time zone (all time starts on
   * the person's first share), cut into days, weeks or months by its length, every bucket there.
   */
  async of(userId: string, period: ActivityPeriod): Promise<MyActivity> {
    const { timeZone } = await this.settings.get();
    const today = localDate(this.clock.now().getTime(), timeZone);
    const days = recognitionPeriodDays(period, today);
    const first = days.from ?? (await this.repository.firstShareDay(userId)) ?? today;
    const span = { from: first < days.to ? first : days.to, to: days.to };
    const interval = seriesInterval(span.from, span.to);
    const [shares, clicks, networks] = await Promise.all([
      this.repository.sharesByBucket(userId, span, interval),
      this.repository.clicksByBucket(userId, span, interval),
      this.repository.byNetwork(userId, span),
    ]);
    const sharesAt = new Map(shares.map((row) => [row.start, row.shares]));
    const clicksAt = new Map(clicks.map((row) => [row.start, row.clicks]));
    const sum = (figure: keyof Omit<NetworkActivity, 'network'>) =>
      networks.reduce((total, row) => total + row[figure], 0);
    return {
      period: span,
      interval,
      series: bucketStarts(span.from, span.to, interval).map((date) => ({
        date,
        shares: sharesAt.get(date) ?? 0,
        clicks: clicksAt.get(date) ?? 0,
      })),
      networks: networks
        .sort(
          (a, b) =>
            b.clicks - a.clicks ||
            b.shares - a.shares ||
            SHARE_NETWORKS.indexOf(a.network) - SHARE_NETWORKS.indexOf(b.network),
        )
        .map(({ network, shares, verified, clicks }) => ({ network, shares, verified, clicks })),
      totals: {
        shares: sum('shares'),
        verified: sum('verified'),
        clicks: sum('clicks'),
        uniqueVisitors: sum('uniqueVisitors'),
        declaredReach: sum('declaredReach'),
      },
    };
  }
}

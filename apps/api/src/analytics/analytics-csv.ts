import { Readable } from 'node:stream';
import { isPeopleDimension, type AnalyticsDimension } from '@chorus/core';
import { StreamableFile } from '@nestjs/common';
import { csvChunks } from '../common/csv';
import type { AnalyticsScope } from './analytics-scope';
import type { AdvocateFigures } from './analytics.repository';
import type { BreakdownRow, SeriesPoint, Summary } from './analytics.service';

/** A CSV export: its file name, header and rows. */
export interface CsvExport {
  fileName: string;
  header: string[];
  rows: Iterable<unknown[]> | AsyncIterable<unknown[]>;
}

/** Ratios with four decimals, empty where there is no figure. */
const ratio = (value: number | null) => (value === null ? null : Number(value.toFixed(4)));

/**
 * chorus-breakdown-department-2026-10-26-to-2026-11-22-network-linkedin.csv: what the file
 * holds, its period and its filters, in words a person recognises.
 */
export function exportFileName(what: string[], scope: AnalyticsScope): string {
  const filters = [
    scope.department && ['department', scope.department.name],
    scope.location && ['location', scope.location.name],
    scope.network && ['network', scope.network],
    scope.campaign && ['campaign', scope.campaign.name],
    scope.kind && ['kind', scope.kind],
  ].filter((filter): filter is string[] => Boolean(filter));
  const parts = ['chorus', ...what, scope.from, 'to', scope.to, ...filters.flat()];
  return `${parts.map(slug).filter(Boolean).join('-')}.csv`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function summaryCsv(summary: Summary): CsvExport {
  const { people } = summary;
  const figures: [string, unknown][] = [
    ['shares', summary.shares],
    ['verified shares', summary.verifiedShares],
    ['clicks', summary.clicks],
    ['unique visitors', summary.uniqueVisitors],
    ['declared potential reach', summary.declaredReach],
    ['clicks per share', ratio(summary.clicksPerShare)],
    ...summary.sharesBySource.map(({ source, shares }): [string, unknown] => [
      `shares started from ${source}`,
      shares,
    ]),
  ];
  if (summary.earnedMediaValue) {
    figures.push([
      `earned media value (${summary.earnedMediaValue.currency})`,
      summary.earnedMediaValue.amount.toFixed(2),
    ]);
  }
  if (people) {
    figures.push(
      ['active employees', people.activeEmployees],
      ['enrolled employees', people.enrolled],
      ['adoption', ratio(people.adoption)],
      ['enrolled employees who shared', people.sharingEnrolled],
      ['participation', ratio(people.participation)],
      ['enrolled employees who acknowledged the policy', people.policyAcknowledged],
      ['policy acknowledgment coverage', ratio(people.policyCoverage)],
      ...people.byStage.map((count, stage): [string, unknown] => [
        stage === 0
          ? 'enrolled employees without a training stage'
          : `enrolled employees at training stage ${stage}`,
        count,
      ]),
    );
  }
  return {
    fileName: exportFileName(['summary'], summary.scope),
    header: ['figure', 'value'],
    rows: figures,
  };
}

export function timeseriesCsv(
  scope: AnalyticsScope,
  interval: string,
  points: SeriesPoint[],
): CsvExport {
  return {
    fileName: exportFileName(['timeseries', interval], scope),
    header: [
      interval === 'week' ? 'week from' : 'day',
      'shares',
      'verified shares',
      'clicks',
      'unique visitors',
    ],
    rows: points.map((point) => [
      point.start,
      point.shares,
      point.verifiedShares,
      point.clicks,
      point.uniqueVisitors,
    ]),
  };
}

export function breakdownCsv(
  scope: AnalyticsScope,
  by: AnalyticsDimension,
  rows: AsyncIterable<BreakdownRow>,
): CsvExport {
  const byItem = by === 'item';
  const byPeople = isPeopleDimension(by);
  const figures = (row: Omit<BreakdownRow, 'key' | 'label' | 'url' | 'sharingEnrolled'>) => [
    row.shares,
    row.verifiedShares,
    row.clicks,
    ratio(row.clicksPerShare),
    row.uniqueVisitors,
    row.declaredReach,
  ];
  return {
    fileName: exportFileName(['breakdown', by], scope),
    header: [
      by,
      ...(byItem ? ['address', 'network'] : []),
      'shares',
      'verified shares',
      'clicks',
      'clicks per share',
      'unique visitors',
      'declared potential reach',
      ...(byPeople ? ['enrolled employees who shared'] : []),
    ],
    rows: (async function* () {
      for await (const row of rows) {
        const label = row.label ?? `(no ${by})`;
        if (!byItem) {
          yield [label, ...figures(row), ...(byPeople ? [row.sharingEnrolled] : [])];
          continue;
        }
        yield [label, row.url, 'all networks', ...figures(row)];
        for (const network of row.networks ?? []) {
          yield [label, row.url, network.network, ...figures(network)];
        }
      }
    })(),
  };
}

export function advocatesCsv(
  scope: AnalyticsScope,
  ranking: string,
  rows: AdvocateFigures[],
): CsvExport {
  return {
    fileName: exportFileName(['advocates', 'by', ranking], scope),
    header: [
      'rank',
      'name',
      'department',
      'shares',
      'verified shares',
      'clicks',
      'unique visitors',
    ],
    rows: rows.map((row) => [
      row.rank,
      row.name,
      row.department,
      row.shares,
      row.verifiedShares,
      row.clicks,
      row.uniqueVisitors,
    ]),
  };
}

/** A CSV export, streamed to the client in chunks as an attachment. */
export function download(
  { fileName, header, rows }: CsvExport,
  onClose?: () => Promise<unknown>,
): StreamableFile {
  const stream = Readable.from(csvChunks(header, rows));
  if (onClose) stream.once('close', () => void onClose().catch(() => undefined));
  return new StreamableFile(stream, {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${fileName}"`,
  });
}

/** A generator with its first result, already taken, put back in front. */
export async function* prepend<T>(
  first: IteratorResult<T>,
  rest: AsyncGenerator<T>,
): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

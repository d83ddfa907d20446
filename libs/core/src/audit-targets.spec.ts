import {
  DELETED_ACCOUNT_LABEL,
  SETTINGS_LABEL,
  policyVersionLabel,
  readAuditLabel,
  trainingLabel,
} from './audit-targets';

describe('audit labels Chorus writes', () => {
  it('reads back what each label names', () => {
    expect(readAuditLabel('policy', policyVersionLabel(12))).toEqual({
      kind: 'policyVersion',
      version: 12,
    });
    expect(readAuditLabel('training', trainingLabel(2, 'Spotting: a hostile comment'))).toEqual({
      kind: 'trainingStage',
      stage: 2,
      title: 'Spotting: a hostile comment',
    });
    expect(readAuditLabel('settings', SETTINGS_LABEL)).toEqual({ kind: 'settings' });
    expect(readAuditLabel('account', DELETED_ACCOUNT_LABEL)).toEqual({ kind: 'deletedAccount' });
    expect(readAuditLabel('person', DELETED_ACCOUNT_LABEL)).toEqual({ kind: 'deletedAccount' });
    expect(readAuditLabel(null, DELETED_ACCOUNT_LABEL)).toEqual({ kind: 'deletedAccount' });
  });

  it('leaves labels that are data alone, whatever they read', () => {
    expect(readAuditLabel('topic', 'Version 2')).toBeUndefined();
    expect(readAuditLabel('topic', DELETED_ACCOUNT_LABEL)).toBeUndefined();
    expect(readAuditLabel('person', 'alan@example.com')).toBeUndefined();
    expect(readAuditLabel('policy', 'Version two')).toBeUndefined();
    expect(readAuditLabel('training', 'Stage two: basics')).toBeUndefined();
    expect(readAuditLabel('content', SETTINGS_LABEL)).toBeUndefined();
    expect(readAuditLabel('policy', null)).toBeUndefined();
  });

  it('keeps a training label within the stored length', () => {
    expect(trainingLabel(1, 'x'.repeat(400))).toHaveLength(300);
  });
});

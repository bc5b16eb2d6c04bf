import { filtersToQuery } from './filters';

describe('filtersToQuery', () => {
  it('maps filters to query fields and a group condition', () => {
    expect(
      filtersToQuery({
        status: ['open'],
        priority: ['P1'],
        group: ['network'],
        createdFrom: '2026-11-01',
        createdTo: '2026-11-30',
        text: ' vpn ',
      }),
    ).toEqual({
      status: ['open'],
      priority: ['P1'],
      where: [{ field: 'group', op: 'in', value: ['network'] }],
      createdFrom: '2026-11-01',
      createdTo: '2026-12-01',
      text: 'vpn',
    });
  });

  it('narrows configured filters with the ones a person sets, matching nothing when they exclude each other', () => {
    expect(filtersToQuery({ status: ['open', 'pending'] }, { status: ['pending'] })).toEqual({
      status: ['pending'],
    });
    expect(filtersToQuery({ status: ['open'] }, { status: ['closed'] })).toEqual({ status: [] });
    expect(filtersToQuery({ createdFrom: '2026-11-10' }, { createdFrom: '2026-11-01' })).toEqual({
      createdFrom: '2026-11-10',
    });
    expect(filtersToQuery({}, { status: [] })).toEqual({});
  });
});

import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes RFC 4180 text: CRLF records, quoted and doubled quotes, a BOM by default', () => {
    const table = {
      columns: ['text', 'n', 'flag', 'empty'],
      rows: [
        ['plain', 1.5, true, null],
        ['a,b', -3, false, ''],
        ['say "hi"', 0, null, null],
        ['two\nlines', 2, null, null],
        ['cr\ronly', 3, null, null],
      ],
    };
    expect(toCsv(table)).toBe(
      '\uFEFFtext,n,flag,empty\r\n' +
        'plain,1.5,true,\r\n' +
        '"a,b",-3,false,\r\n' +
        '"say ""hi""",0,,\r\n' +
        '"two\nlines",2,,\r\n' +
        '"cr\ronly",3,,\r\n',
    );
  });

  it('escapes formulas in text (negative numbers stay numbers), unless told not to', () => {
    const table = {
      columns: ['a', 'b'],
      rows: [
        ['=1+1', '+1'],
        ['-1', -1],
        ['@SUM(A1)', '\tx'],
        ['\uFF1D1', 'fine'],
      ],
    };
    expect(toCsv(table, { bom: false })).toBe(
      "a,b\r\n'=1+1,'+1\r\n'-1,-1\r\n'@SUM(A1),'\tx\r\n'\uFF1D1,fine\r\n",
    );
    expect(toCsv(table, { bom: false, escapeFormulas: false }).split('\r\n')[1]).toBe('=1+1,+1');
  });

  it('takes another separator and header labels, and refuses a wrong header count', () => {
    const table = { columns: ['a', 'b'], rows: [['x;y', 2.5]] };
    expect(toCsv(table, { bom: false, delimiter: ';', headers: ['A', 'B'] })).toBe(
      'A;B\r\n"x;y";2.5\r\n',
    );
    expect(() => toCsv(table, { headers: ['A'] })).toThrow(/1 headers given for 2/);
  });
});

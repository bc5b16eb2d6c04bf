import type { Principal } from '@deskkit/runtime';
import { addPrincipal, idOf, kindOf, principalKey, removePrincipal } from './principals';

const cab: Principal = { group: 'cab' };
const alice: Principal = { user: 'alice' };

describe('principal list edits', () => {
  it('reads the kind and id of every kind of principal', () => {
    const all: Principal[] = [alice, { role: 'agent' }, cab, { department: 'it' }];
    expect(all.map(principalKey)).toEqual([
      'user:alice',
      'role:agent',
      'group:cab',
      'department:it',
    ]);
    expect(all.map((p) => [kindOf(p), idOf(p)])[3]).toEqual(['department', 'it']);
  });

  it('adds a principal by trimmed id, at the end', () => {
    expect(addPrincipal([cab], 'user', '  alice ')).toEqual([cab, alice]);
    expect(addPrincipal([], 'role', 'agent')).toEqual([{ role: 'agent' }]);
  });

  it('refuses an empty id and one already chosen (the same id of another kind is another one)', () => {
    expect(addPrincipal([cab], 'group', 'cab')).toBeNull();
    expect(addPrincipal([cab], 'group', '   ')).toBeNull();
    expect(addPrincipal([cab], 'role', 'cab')).toEqual([cab, { role: 'cab' }]);
  });

  it('removes only the principal of that kind and id', () => {
    const list: Principal[] = [cab, { role: 'cab' }, alice];
    expect(removePrincipal(list, 'group', 'cab')).toEqual([{ role: 'cab' }, alice]);
    expect(list).toHaveLength(3);
  });
});

import { PermissionError } from '../errors/errors';
import { key, onEveryStorage } from './hardening.testkit';
import { chain, setup, task } from './testkit';

onEveryStorage(({ storage }) => {
  describe('publishing is closed by default', () => {
    it('refuses everyone until the host names publishers', async () => {
      const { runtime } = setup({ storage: storage(), publishers: undefined });
      const err = await runtime
        .publish(chain(key('closed'), [task('w')]), { actor: 'admin' })
        .catch((e) => e);
      expect(err).toBeInstanceOf(PermissionError);
      expect(err.message).toMatch(/publishing is closed.*publishers/);
    });

    it('publishers: only those principals publish; every publisher may publish every key', async () => {
      const { runtime } = setup({ storage: storage(), publishers: [{ group: 'cab' }] });
      const k = key('cab');
      await expect(runtime.publish(chain(k, [task('w')]), { actor: 'ann' })).rejects.toBeInstanceOf(
        PermissionError,
      );
      expect(await runtime.publish(chain(k, [task('w')]), { actor: 'max' })).toEqual({
        key: k,
        version: 1,
      });
      expect((await runtime.publish(chain(k, [task('w')]), { actor: 'eve' })).version).toBe(2);
    });

    it("'anyone': a key belongs to who published it, then to its permissions.publish", async () => {
      const { runtime } = setup({ storage: storage(), publishers: 'anyone' });
      const k = key('own');
      await runtime.publish(chain(k, [task('w')]), { actor: 'ann' });
      const err = await runtime
        .publish(chain(k, [task('w')], { name: 'Hijacked' }), { actor: 'bob' })
        .catch((e) => e);
      expect(err).toBeInstanceOf(PermissionError);
      expect(err.message).toMatch(
        /bob may not publish new versions of ".*": it belongs to user "ann"/,
      );
      expect((await runtime.getDefinition(k)).name).toBe(`Workflow ${k}`);
      await runtime.publish(
        chain(k, [task('w')], { permissions: { publish: [{ group: 'desk' }] } }),
        {
          actor: 'ann',
        },
      );
      await expect(runtime.publish(chain(k, [task('w')]), { actor: 'ann' })).rejects.toBeInstanceOf(
        PermissionError,
      );
      expect((await runtime.publish(chain(k, [task('w')]), { actor: 'kim' })).version).toBe(3);
      // A new key is free to whoever publishes it first.
      expect(
        (await runtime.publish(chain(key('bob'), [task('w')]), { actor: 'bob' })).version,
      ).toBe(1);
    });

    it("permissions.publish narrows the runtime's publishers for its key", async () => {
      const { runtime } = setup({ storage: storage(), publishers: [{ role: 'employee' }] });
      const k = key('narrow');
      await runtime.publish(
        chain(k, [task('w')], { permissions: { publish: [{ user: 'max' }] } }),
        {
          actor: 'max',
        },
      );
      await expect(runtime.publish(chain(k, [task('w')]), { actor: 'eve' })).rejects.toBeInstanceOf(
        PermissionError,
      );
    });
  });
});

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, FieldShell } from '../ui/fields';
import { serverUrlProblem, type ConnectionVerdict } from '../../shared/sync/server';
import { configuredServer, useTeamSettings } from './settings';
import { passwordProtectedByKeyring, readPassword, writePassword } from './credentials';
import { testConnection } from './connectionTest';
import { leaveTeamWorkspace } from './teamSync';

/**
 * Settings → Team workspace: the CouchDB server, database and user this laptop syncs shared
 * workshops with. Saving reloads the app: the page's CSP lets it connect to the saved server
 * only (syncCsp.ts), so a new server takes effect with a fresh page.
 */
export function TeamWorkspaceSettings({ reload = () => location.reload() }: { reload?: () => void }) {
  const { t } = useTranslation('sync');
  const saved = useTeamSettings();
  const [url, setUrl] = useState(saved.url);
  const [database, setDatabase] = useState(saved.database);
  const [user, setUser] = useState(saved.user);
  const [name, setName] = useState(saved.name);
  const [password, setPassword] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<ConnectionVerdict | 'testing' | null>(null);
  const passwordId = useId();
  const problem = url || database ? serverUrlProblem(url, database) : null;
  const dirty = url !== saved.url || database !== saved.database || user !== saved.user || name !== saved.name || password !== null;
  const connected = configuredServer(saved) !== null;

  const save = async () => {
    if (problem) return;
    if (password !== null) await writePassword(password);
    saved.save({ url: url.trim(), database, user: user.trim(), name: name.trim() });
    reload();
  };
  const test = async () => {
    const server = configuredServer(saved);
    if (!server) return;
    setVerdict('testing');
    setVerdict(await testConnection(server, await readPassword()));
  };
  const leave = async () => {
    await leaveTeamWorkspace();
    await writePassword('');
    reload();
  };
  return (
    <div className="stack" data-testid="team-settings">
      <p>{t('settings.intro')}</p>
      <TextField
        id="team-url"
        label={t('settings.url')}
        hint={t('settings.urlHint')}
        value={url}
        onChange={setUrl}
        maxLength={500}
        error={problem && problem !== 'badDatabase' ? t(`urlProblem.${problem}`) : null}
      />
      <TextField
        id="team-db"
        label={t('settings.database')}
        hint={t('settings.databaseHint')}
        value={database}
        onChange={setDatabase}
        maxLength={238}
        error={problem === 'badDatabase' ? t('urlProblem.badDatabase') : null}
      />
      <TextField id="team-user" label={t('settings.user')} value={user} onChange={setUser} maxLength={200} />
      <FieldShell
        id={passwordId}
        label={t('settings.password')}
        hint={passwordProtectedByKeyring() ? t('settings.keyringDesktop') : t('settings.keyringBrowser')}
      >
        <input
          id={passwordId}
          className="input"
          type="password"
          autoComplete="off"
          value={password ?? ''}
          placeholder={connected ? t('settings.passwordKept') : ''}
          onChange={(e) => setPassword(e.target.value)}
        />
      </FieldShell>
      <TextField id="team-name" label={t('settings.name')} hint={t('settings.nameHint')} value={name} onChange={setName} maxLength={120} />
      <div className="row">
        <button className="btn btn-primary" disabled={!dirty || problem !== null || !url} onClick={() => void save()}>
          {t('settings.save')}
        </button>
        <button
          className="btn"
          disabled={!connected || dirty || verdict === 'testing'}
          onClick={() => void test()}
          title={dirty ? t('settings.saveFirst') : undefined}
        >
          {verdict === 'testing' ? t('settings.testing') : t('settings.test')}
        </button>
        {connected && (
          <button className="btn btn-ghost" onClick={() => void leave()}>
            {t('settings.leave')}
          </button>
        )}
      </div>
      {connected && <p className="muted">{t('settings.leaveHint')}</p>}
      {verdict && verdict !== 'testing' && (
        <div role="status" data-testid="team-verdict" data-verdict={verdict}>
          <p>
            <strong>{t(`verdict.${verdict}`)}</strong>
          </p>
          {verdict !== 'ok' && <p>{t(`todo.${verdict}`)}</p>}
        </div>
      )}
    </div>
  );
}

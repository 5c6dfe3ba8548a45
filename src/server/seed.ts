import { newSecret } from './auth/tokens';
import { createUser } from './auth/create-user';
import type { Db } from './db/connect';
import { countUsers, type UserRow } from './db/users';
import { insertProject } from './db/projects';
import { nowIso } from './db/time';
import type { ServerConfig } from './env';
import { PROJECT_DEFAULTS } from './routes/projects/service';
import { createTasks } from './routes/tasks/service';
import { DEMO_PROJECTS } from './demo-data';

export interface FirstStart {
  admin: UserRow;
  password: string;
  generatedPassword: boolean;
}

/**
 * On an empty database: the first admin (from MARGIN_ADMIN_* or generated) and, unless
 * MARGIN_DEMO=0, the demo projects. Returns null when users already exist.
 */
export async function seedFirstStart(db: Db, config: ServerConfig): Promise<FirstStart | null> {
  if ((await countUsers(db.kysely)) > 0) return null;
  const password = config.admin.password ?? newSecret(12);
  const admin = await createUser(db.kysely, {
    email: config.admin.email,
    password,
    role: 'admin',
    first_name: 'Admin',
    api_token: config.admin.token ?? undefined,
  });
  if (config.demo) {
    for (const demo of DEMO_PROJECTS) {
      await db.kysely.transaction().execute(async (trx) => {
        const now = nowIso();
        const project = await insertProject(trx, {
          ...PROJECT_DEFAULTS,
          title: demo.title,
          description: demo.description,
          label_config: demo.labelConfig,
          expert_instruction: demo.instruction,
          show_instruction: 1,
          created_by: admin.id,
          created_at: now,
          updated_at: now,
        });
        await createTasks(
          trx,
          project,
          demo.tasks.map((data) => ({ data })),
        );
      });
    }
  }
  return { admin, password, generatedPassword: config.admin.password === null };
}

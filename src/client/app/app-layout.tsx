import { Link, NavLink, Outlet, useNavigation } from 'react-router-dom';
import { can } from '../../shared/api/permissions';
import { UserMenu } from '../features/auth/components/user-menu';
import { useSignedInUser } from '../features/auth/hooks/use-signed-in-user';
import { paths } from '../lib/paths';
import { PRODUCT_NAME } from '../lib/use-document-title';
import { NAV_ITEMS } from './nav-items';
import './app-layout.css';

/** The signed-in frame: top bar with product, role-aware navigation and the account menu. */
export function AppLayout() {
  const user = useSignedInUser();
  const navigation = useNavigation();
  const items = NAV_ITEMS.filter(
    (item) => item.permission === null || can(user.role, item.permission),
  );

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to={paths.projects} className="topbar__brand">
            <span className="topbar__logo" aria-hidden="true" />
            {PRODUCT_NAME}
          </Link>
          <nav className="topbar__nav" aria-label="Main">
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="topbar__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="topbar__end">
            <UserMenu />
          </div>
        </div>
        {navigation.state !== 'idle' && <div className="topbar__loading" aria-hidden="true" />}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

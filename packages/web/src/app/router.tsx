import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { AppShell } from './AppShell';
import { PageSkeleton } from './PageSkeleton';
import { NotFound } from './NotFound';

// Every page is its own chunk: the first screen loads only the shell and the page it shows.
const loadBoardPage = () => import('../board/BoardPage');
const LoginPage = lazy(() => import('../auth/LoginPage'));
const SignupPage = lazy(() => import('../auth/SignupPage'));
const BoardPage = lazy(loadBoardPage);
const DealDrawer = lazy(() => import('../deals/DealDrawer'));
const DealPage = lazy(() => import('../deals/DealPage'));
const DealsPage = lazy(() => import('../deals/DealsPage'));
const CompaniesPage = lazy(() => import('../companies/CompaniesPage'));
const CatalogPage = lazy(() => import('../catalog/CatalogPage'));
const ProductPage = lazy(() => import('../catalog/ProductPage'));
const OrdersPage = lazy(() => import('../orders/OrdersPage'));
const OrderPage = lazy(() => import('../orders/OrderPage'));
const CompanyPage = lazy(() => import('../companies/CompanyPage'));
const CompanyKpiPage = lazy(() => import('../analytics/CompanyKpiPage'));
const OrganizationKpiPage = lazy(() => import('../analytics/OrganizationKpiPage'));
const KpiImportPage = lazy(() => import('../analytics/KpiImportPage'));
const ContactsPage = lazy(() => import('../contacts/ContactsPage'));
const ContactPage = lazy(() => import('../contacts/ContactPage'));
const ActivitiesPage = lazy(() => import('../activities/ActivitiesPage'));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage'));
const IdeasPage = lazy(() => import('../product/IdeasPage'));
const RoadmapPage = lazy(() => import('../product/RoadmapPage'));
const OkrsPage = lazy(() => import('../product/OkrsPage'));
const DocumentsPage = lazy(() => import('../product/DocumentsPage'));
const DocumentPage = lazy(() => import('../product/DocumentPage'));
const ExplorerPage = lazy(() => import('../explorer/ExplorerPage'));
const AcceptInvitationPage = lazy(() => import('../auth/AcceptInvitationPage'));
const SettingsLayout = lazy(() => import('../settings/SettingsLayout'));
const SETTINGS: [string, LazyExoticComponent<ComponentType>][] = [
  ['pipelines', lazy(() => import('../settings/PipelinesSettings'))],
  ['custom-fields', lazy(() => import('../settings/CustomFieldsSettings'))],
  ['members', lazy(() => import('../settings/MembersSettings'))],
  ['teams', lazy(() => import('../settings/TeamsSettings'))],
  ['roles', lazy(() => import('../settings/RolesSettings'))],
  ['api-keys', lazy(() => import('../settings/ApiKeysSettings'))],
  ['webhooks', lazy(() => import('../settings/WebhooksSettings'))],
  ['integrations', lazy(() => import('../settings/IntegrationsSettings'))],
  ['organization', lazy(() => import('../settings/OrganizationSettings'))],
  ['trash', lazy(() => import('../settings/TrashSettings'))],
];

function page(Page: LazyExoticComponent<ComponentType>) {
  return <Page />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <Suspense fallback={null}>{page(LoginPage)}</Suspense> },
  { path: '/signup', element: <Suspense fallback={null}>{page(SignupPage)}</Suspense> },
  { path: '/accept-invitation', element: <Suspense fallback={null}>{page(AcceptInvitationPage)}</Suspense> },
  { path: '/explorer', element: <Suspense fallback={null}>{page(ExplorerPage)}</Suspense> },
  {
    path: '/',
    element: <RequireAuth><AppShell /></RequireAuth>,
    children: [
      { index: true, element: <Navigate to="/board" replace /> },
      {
        path: 'board',
        element: page(BoardPage),
        children: [{ path: 'deal/:dealId', element: <Suspense fallback={null}>{page(DealDrawer)}</Suspense> }],
      },
      { path: 'deals', element: page(DealsPage) },
      { path: 'deals/:dealId', element: page(DealPage) },
      { path: 'companies', element: page(CompaniesPage) },
      { path: 'companies/:id', element: page(CompanyPage) },
      { path: 'companies/:id/kpis', element: page(CompanyKpiPage) },
      { path: 'kpis', element: page(OrganizationKpiPage) },
      { path: 'kpis/import', element: page(KpiImportPage) },
      { path: 'catalog', element: page(CatalogPage) },
      { path: 'catalog/:id', element: page(ProductPage) },
      { path: 'orders', element: page(OrdersPage) },
      { path: 'orders/:id', element: page(OrderPage) },
      { path: 'contacts', element: page(ContactsPage) },
      { path: 'contacts/:id', element: page(ContactPage) },
      { path: 'activities', element: page(ActivitiesPage) },
      { path: 'dashboard', element: page(DashboardPage) },
      { path: 'ideas', element: page(IdeasPage) },
      { path: 'roadmap', element: page(RoadmapPage) },
      { path: 'okrs', element: page(OkrsPage) },
      { path: 'documents', element: page(DocumentsPage) },
      { path: 'documents/:id', element: page(DocumentPage) },
      {
        path: 'settings',
        element: page(SettingsLayout),
        children: [
          { index: true, element: <Navigate to="/settings/pipelines" replace /> },
          ...SETTINGS.map(([path, Page]) => ({ path, element: <Suspense fallback={<PageSkeleton />}>{page(Page)}</Suspense> })),
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** Starts loading the code of the page at this path before React asks for it (the shell waits for the viewer first). */
export function preloadRoute(pathname: string): void {
  if (pathname === '/' || pathname.startsWith('/board')) void loadBoardPage();
}

export function createRouter() {
  return createBrowserRouter(routes);
}

export { PageSkeleton };

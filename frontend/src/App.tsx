import { Layout } from "./components/Layout";
import { PageTitle } from "./components/ui";
import { useI18n } from "./i18n/I18nProvider";
import { RegisterPage, SignInPage } from "./pages/AuthPages";
import { MePage } from "./pages/MePage";
import { VenuePage } from "./pages/VenuePage";
import { VenuesPage } from "./pages/VenuesPage";
import { SearchPage } from "./pages/SearchPage";
import { BookPage } from "./pages/BookPage";
import { BookingPage } from "./pages/BookingPage";
import { ConsolePage } from "./pages/ConsolePage";
import { EmbedPage } from "./pages/EmbedPage";
import { EventPage, NewEventPage } from "./pages/EventPage";
import { EventsPage } from "./pages/EventsPage";
import { NetworkPage } from "./pages/NetworkPage";
import { SeriesPage } from "./pages/SeriesPage";
import { Link, matchRoute, paths, useLocation } from "./router";

export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  // The embeddable view is framed by other sites: no header, navigation or footer.
  if (route.name === "embed") return <EmbedPage />;
  return <Layout>{screen(route)}</Layout>;
}

function screen(route: ReturnType<typeof matchRoute>) {
  switch (route.name) {
    case "search":
      return <SearchPage />;
    case "book":
      return <BookPage />;
    case "booking":
      return <BookingPage key={route.id} id={route.id} />;
    case "console":
      return <ConsolePage key={route.id} id={route.id} />;
    case "venues":
      return <VenuesPage />;
    case "venue":
      return <VenuePage key={route.id} id={route.id} />;
    case "signIn":
      return <SignInPage />;
    case "register":
      return <RegisterPage />;
    case "me":
      return <MePage />;
    case "series":
      return <SeriesPage />;
    case "network":
      return <NetworkPage />;
    case "embed":
      return <EmbedPage />;
    case "events":
      return <EventsPage />;
    case "eventNew":
      return <NewEventPage />;
    case "event":
      return <EventPage key={route.id} id={route.id} />;
    case "notFound":
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("notFound.title")}>{t("notFound.title")}</PageTitle>
      <p>{t("notFound.text")}</p>
      <p>
        <Link href={paths.search()}>{t("common.home")}</Link>
      </p>
    </>
  );
}

/** A public signal's page and card. */
import { excerpt, hrefFor, type Signal } from "@gastvrij/content";
import { given, themeLink } from "./links";
import type { PageRenderer } from "./render";
import type { SignalView } from "./types";

export function signalView(signal: Signal, renderer: PageRenderer): SignalView {
  return {
    title: signal.title,
    slug: signal.slug,
    href: hrefFor("signal", signal.slug),
    status: signal.status,
    region: signal.region,
    observedAt: signal.observedAt,
    description: excerpt(signal.description) || signal.title,
    html: renderer.render(signal.description, signal._id).html,
    themes: signal.themes.map(themeLink),
    sourceOrganisation: signal.sourceOrganisation?.name,
    passedTo: given(signal.passedTo),
    outcome: given(signal.outcome),
    sample: signal.sample,
  };
}

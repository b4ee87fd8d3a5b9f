import { missingProjectMessage } from "../env.js";

/**
 * Shows, in the browser, what to set when the Studio runs without a project id. The Studio itself cannot start
 * without a project (it first asks the Sanity API who is logged in, which fails), so this is a plain DOM notice over
 * its "network error" screen rather than a Studio component.
 */
export function showMissingProjectNotice(): void {
  if (typeof document === "undefined" || document.getElementById("gastvrij-missing-project")) return;
  const show = () => {
    const notice = document.createElement("div");
    notice.id = "gastvrij-missing-project";
    notice.setAttribute("role", "alert");
    notice.style.cssText =
      "position:fixed;inset:0 0 auto 0;z-index:2147483647;padding:1.5rem;background:#fff8e1;color:#222;border-bottom:2px solid #b26a00;font:16px/1.5 system-ui,sans-serif";
    notice.textContent = missingProjectMessage;
    document.body.append(notice);
  };
  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show, { once: true });
}

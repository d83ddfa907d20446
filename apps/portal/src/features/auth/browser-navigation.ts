/**
 * Leaving the portal for a full page load (single sign-on goes through the identity provider).
 * An object, so that tests can replace `assign` (a test DOM's location cannot be spied on).
 */
export const browserNavigation = {
  assign(url: string) {
    window.location.assign(url);
  },
};

// Opens the print dialog after the click that asked for it has been answered: the dialog holds the page until it
// is closed, and the server must not wait on it.
export function printPage() {
  setTimeout(() => window.print());
}

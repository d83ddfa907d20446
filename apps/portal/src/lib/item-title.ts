/** How a content item is named to a person: its title, else its address. */
export const titleOf = (item: { title: string | null; url: string }) => item.title ?? item.url;

import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };

// Autodocs read each element's properties, events, parts and CSS properties from the manifest.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    scheme: {
      description: 'Colour scheme',
      toolbar: { title: 'Scheme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { scheme: 'light', dir: 'ltr' },
  decorators: [
    (story, context) => {
      // Elements follow the page's color-scheme (tokens use light-dark()) and its direction.
      const scheme = context.globals['scheme'] === 'dark' ? 'dark' : 'light';
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = scheme === 'dark' ? '#121316' : '#ffffff';
      document.documentElement.dir = context.globals['dir'] === 'rtl' ? 'rtl' : 'ltr';
      return story();
    },
  ],
};

export default preview;

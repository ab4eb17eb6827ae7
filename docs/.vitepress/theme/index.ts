import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import KinerjaPlayground from './KinerjaPlayground.vue';
import './custom.css';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('KinerjaPlayground', KinerjaPlayground);
  },
};

export default theme;

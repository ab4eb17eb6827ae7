// Vue single-file components, for the type-check of .vitepress/theme/index.ts.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent<object, object, unknown>;
  export default component;
}

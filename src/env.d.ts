interface ImportMetaEnv {
  /** The deploy's version (git commit, or BUILD_VERSION), shown in the footer. */
  readonly BUILD_VERSION: string;
}

// electron-builder `beforeBuild` hook. Resolving to false tells electron-builder that node_modules
// are handled elsewhere: it neither rebuilds nor copies them into app.asar. Right for Touchpoint,
// because electron-vite bundles every dependency into out/ (main, preload and renderer) and there
// are no native modules. Without this, app.asar carried ~190 MB of node_modules nobody loads.
module.exports = async function beforeBuild() {
  return false;
};

# The Debian package: `./package.sh` (or `cpack -G DEB` in a build folder) makes
# connector-console_VERSION_ARCH.deb, which `apt-get install ./FILE.deb` installs on Debian 12.
# The libraries' packages come from dpkg-shlibdeps; what it cannot see is named here: Qt loads
# its platform plugins and SQL drivers at run time, and Qt's own Ukrainian strings are data.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME connector-console)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Connectors Console developers")
set(CPACK_PACKAGE_CONTACT "The Connectors Console developers <maintainers@connector-console.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Webex Contact Center connectors")
set(CPACK_PACKAGE_DESCRIPTION
    "Set up, edit, deactivate, reactivate and delete Webex Contact Center connectors and the Flow\n"
    "Designer flows that use them, from a Qt desktop window or the connectorctl command line,\n"
    "with administrator roles, an audit log and a shared PostgreSQL team store.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n")
# The team store and a system keyring for access tokens are optional.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, gnome-keyring | libkf5wallet-bin")
include(CPack)

# Install rules and the Debian package. `cmake --install build` (prefix /usr
# unless given) and `cpack -G DEB` in the build folder (parkscape_<ver>_amd64.deb).
# The binary finds the data in ${PARKSCAPE_INSTALL_DATADIR} (core/data_path.h).
# docs/KIOSK.md (Install on an exhibition PC) explains the layout.
set(ps_share ${CMAKE_INSTALL_DATADIR}/parkscape)
# Installing (and cpack) takes what is built: `cmake --build build --target parkscape`
# first; it does not rebuild every test and benchmark.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS parkscape RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/ DESTINATION ${ps_share}/assets)
# Scenes, kiosk profiles, demands, CSVs (and stories where present); not the cache.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/geodata/ DESTINATION ${ps_share}/geodata
        PATTERN cache EXCLUDE)
# The sample parks, parcels and buildings are Parkscape's own synthetic data:
# shipped (prepared by scripts/prepare_data.sh before packaging). The district
# boundaries are AMap-derived and not redistributable: postinst fetches and
# prepares them on the exhibition PC (parkscape-setup-districts).
install(FILES ${CMAKE_SOURCE_DIR}/geodata/cache/sample_parks.gpkg DESTINATION ${ps_share}/geodata/cache)

configure_file(${CMAKE_SOURCE_DIR}/packaging/parkscape-setup-districts.in
               ${CMAKE_BINARY_DIR}/packaging/parkscape-setup-districts @ONLY)
install(PROGRAMS ${CMAKE_BINARY_DIR}/packaging/parkscape-setup-districts DESTINATION ${CMAKE_INSTALL_SBINDIR})
configure_file(${CMAKE_SOURCE_DIR}/packaging/parkscape-kiosk.service.in
               ${CMAKE_BINARY_DIR}/packaging/parkscape-kiosk.service @ONLY)
# A user unit: the kiosk runs in the auto-logged-in kiosk user's X session.
install(FILES ${CMAKE_BINARY_DIR}/packaging/parkscape-kiosk.service DESTINATION lib/systemd/user)
configure_file(${CMAKE_SOURCE_DIR}/packaging/parkscape.desktop.in
               ${CMAKE_BINARY_DIR}/packaging/parkscape.desktop @ONLY)
configure_file(${CMAKE_SOURCE_DIR}/packaging/parkscape-kiosk.desktop.in
               ${CMAKE_BINARY_DIR}/packaging/parkscape-kiosk.desktop @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/parkscape.desktop ${CMAKE_BINARY_DIR}/packaging/parkscape-kiosk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/KIOSK.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# CPack: Debian package.
foreach(script postinst postrm)
  configure_file(${CMAKE_SOURCE_DIR}/packaging/debian/${script}.in ${CMAKE_BINARY_DIR}/packaging/debian/${script} @ONLY)
endforeach()
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parkscape)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Parkscape maintainers <parkscape@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "3D map of Chengdu's future-industry parks, with an exhibition kiosk mode")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # parkscape_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the binary without its debug info (95 MB -> a few)
# Beyond the linked libraries: the CJK font the labels and the UI use, Mesa's
# EGL (headless render) and GL drivers.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, libegl-mesa0, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "npm, xserver-xorg, xinit")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_BINARY_DIR}/packaging/debian/postinst ${CMAKE_BINARY_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)

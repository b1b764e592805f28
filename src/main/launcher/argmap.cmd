@echo off
rem argmap, run with the JVM flags that make it start and draw fast. Made by the build
rem (mvn package) from src\main\launcher\argmap.cmd next to target\argmap.jar; the script argmap
rem beside it is the same for other systems, and says more.
rem
rem Java is JAVA_HOME's when JAVA_HOME is set, else the java on PATH. Your own JVM flags go in
rem JAVA_OPTS or ARGMAP_JAVA_OPTS (for example set ARGMAP_JAVA_OPTS=-Xmx2g), after the
rem launcher's, so they win. The class-data archive argmap.jsa is used when it is there; one that
rem no longer fits is ignored without a word.
setlocal
set "ARGMAP_HOME=%~dp0"
set "ARGMAP_JAVA=java"
if defined JAVA_HOME set "ARGMAP_JAVA=%JAVA_HOME%\bin\java.exe"
rem Quoted inside the value, so that no archive adds no (empty) argument.
set ARGMAP_ARCHIVE=
if exist "%ARGMAP_HOME%argmap.jsa" set ARGMAP_ARCHIVE="-XX:SharedArchiveFile=%ARGMAP_HOME%argmap.jsa"
"%ARGMAP_JAVA%" @JVM_FLAGS@ %ARGMAP_ARCHIVE% %JAVA_OPTS% %ARGMAP_JAVA_OPTS% -jar "%ARGMAP_HOME%argmap.jar" %*
exit /b %ERRORLEVEL%

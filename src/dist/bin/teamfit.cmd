@echo off
rem teamfit from a release archive: runs lib\teamfit.jar on the Java of JAVA_HOME, else the java
rem on the PATH (17 or later). TEAMFIT_JAVA_OPTS adds JVM options.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "FLAGS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
if "%~1"=="serve" set "FLAGS="
if "%~1"=="plan" set "FLAGS="
"%JAVA%" %FLAGS% %TEAMFIT_JAVA_OPTS% -jar "%~dp0..\lib\teamfit.jar" %*
